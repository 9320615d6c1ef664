package nianbao.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Documents spread over partitions by size: the largest first, each to the partition with the fewest
 * bytes so far (longest-processing-time first). A report's reading time grows with its size (pages,
 * cells), and a corpus mixes 5 KB web pages with 50 MB scans: partitions of equal counts would leave
 * one task reading all the scans while the others wait.
 */
final class SizePartitions {

    private SizePartitions() {
    }

    /** The partition of each input, by its place in the list given. */
    static int[] assign(List<InputFile> inputs, int partitions) {
        var order = new ArrayList<Integer>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        // Largest first; equal sizes in listing order, so that the same inputs make the same tasks.
        order.sort(Comparator.comparingLong((Integer i) -> -inputs.get(i).size()).thenComparingInt(i -> i));
        var load = new PriorityQueue<long[]>(Comparator.<long[]>comparingLong(p -> p[1]).thenComparingLong(p -> p[0]));
        for (int p = 0; p < partitions; p++) {
            load.add(new long[] {p, 0});
        }
        int[] out = new int[inputs.size()];
        for (int i : order) {
            var lightest = load.poll();
            out[i] = (int) lightest[0];
            // An empty or unreadable file still costs a task something: a kilobyte.
            lightest[1] += Math.max(1024, inputs.get(i).size());
            load.add(lightest);
        }
        return out;
    }
}
