package nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizePartitionsTest {

    private static List<InputFile> sized(long... sizes) {
        var out = new ArrayList<InputFile>();
        for (long s : sizes) {
            out.add(new InputFile(out.size(), "file:/x/" + out.size(), "/x/" + out.size(), s, 0, null));
        }
        return out;
    }

    @Test
    void twoLargeScansGoToDifferentTasksAndTheSmallPagesFillTheRest() {
        // Two 40 MB scans and eight 50 KB pages over three tasks: each scan alone, the pages together.
        var inputs = sized(50_000, 40_000_000, 50_000, 50_000, 40_000_000, 50_000, 50_000, 50_000, 50_000, 50_000);
        int[] p = SizePartitions.assign(inputs, 3);
        assertTrue(p[1] != p[4], "the scans share a task");
        for (int i : new int[] {0, 2, 3, 5, 6, 7, 8, 9}) {
            assertTrue(p[i] != p[1] && p[i] != p[4], "page " + i + " waits behind a scan");
        }
    }

    @Test
    void equalSizesAreDealtRoundTheTasksInListingOrderAndTheSameInputsMakeTheSameTasks() {
        var inputs = sized(10, 10, 10, 10, 10, 10);
        int[] p = SizePartitions.assign(inputs, 3);
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, p);
        assertArrayEquals(p, SizePartitions.assign(inputs, 3));
    }

    @Test
    void theLoadsDifferByNoMoreThanTheLargestInput() {
        var random = new java.util.Random(7);
        long[] sizes = new long[500];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1_000 + (long) (Math.exp(random.nextGaussian() * 2) * 100_000);
        }
        var inputs = sized(sizes);
        int[] p = SizePartitions.assign(inputs, 8);
        long[] load = new long[8];
        for (int i = 0; i < p.length; i++) {
            load[p[i]] += sizes[i];
        }
        long max = java.util.Arrays.stream(load).max().orElseThrow();
        long min = java.util.Arrays.stream(load).min().orElseThrow();
        long largest = java.util.Arrays.stream(sizes).max().orElseThrow();
        assertTrue(max - min <= largest, "loads " + java.util.Arrays.toString(load));
        assertEquals(500, p.length);
    }
}
