#!/usr/bin/env python3
"""Unseen PDFs with their truth: N reports of the corpus with figures varied at random (seeded), each
typeset by LibreOffice in the next of the derived corpus's PDF layouts (OUT/rNNN.pdf) and written as
tab-separated text (OUT/rNNN.txt), which nianbao reads exactly. Extract OUT and compare each PDF's
values.csv rows with its text's: a figure that differs is a wrong figure.

    scripts/unseen-pdfs.py OUT N SEED
"""
import importlib.util, os, random, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
derived = load("derived", "make-derived-corpus.py")
bench = load("bench", "make-bench-corpus.py")
out = sys.argv[1]; n = int(sys.argv[2]); seed = int(sys.argv[3])
os.makedirs(out, exist_ok=True)
derived.ensure_tools()
rng = random.Random(seed)
sources = {name: derived.golden(path) for name, path in derived.SOURCES.items() if "2019" not in path}
layouts = list(derived.PDF_LAYOUTS.values())
with tempfile.TemporaryDirectory() as work:
    for i in range(n):
        meta, values = sources[list(sources)[rng.randrange(len(sources))]]
        v = bench.varied(values, rng, broken=rng.random() < 0.05)
        name = f"r{i:03d}"
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(bench.text_rendering(meta, v, False))
        _, css, attrs, padding = layouts[i % len(layouts)]
        page = os.path.join(work, name + ".html")
        derived.write(page, derived.typeset_html(meta, v, css, attrs, padding))
        derived.convert(page, os.path.join(out, name + ".pdf"), work)
print("done", n, "layouts", len(layouts))
