#!/usr/bin/env python3
"""Makes a benchmark corpus of about 10,000 reports, plus hostile files, for `nianbao bench`.

    scripts/make-bench-corpus.py OUT [--documents 10000] [--seed 1]

The reports are the corpus's reports with varied figures (consistent with the template's
identities, a few in a hundred deliberately not) in varied layouts: tab-separated and Markdown text,
web pages in UTF-8 and in GBK, PDFs typeset by LibreOffice in four layouts, DOCX and DOC. PDFs, DOCX
and DOC are typeset a few dozen at a time (LibreOffice is slow) and copied with distinct bytes (a PDF's
ID, a DOCX's zip comment), so that every file is a document of its own. OUT/hostile/ holds the
hostile inputs of the issue: empty, random bytes named .pdf, truncated, thousands of pages, a DOCX
zip bomb, deeply nested HTML, a binary named .txt, a news article, a path with spaces and Chinese.
Nothing made here is committed.
"""
import argparse
import hashlib
import html
import importlib.util
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("derived", os.path.join(HERE, "make-derived-corpus.py"))
derived = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derived)

COLUMNS = derived.COLUMNS
RESULT_ROWS = ["granted", "partial", "deny_secret", "deny_law", "deny_safety", "deny_third_party", "deny_internal",
               "deny_process", "deny_enforcement", "deny_query", "unable_not_held", "unable_create", "unable_unclear",
               "reject_petition", "reject_repeat", "reject_publication", "reject_mass", "reject_confirm",
               "other_overdue_fix", "other_unpaid_fee", "other_other"]


def varied(values, rng, broken):
    """The report's figures, varied: results drawn at random, totals and balances computed from them."""
    v = dict(values)
    for key in ["reg_rules_issued", "reg_rules_repealed", "reg_rules_in_force", "reg_norm_issued",
                "reg_norm_repealed", "reg_norm_in_force", "licensing_decisions", "penalty_decisions",
                "coercion_decisions"]:
        v[key] = str(rng.choice([0, 0, 1, 2, 5, rng.randint(0, 50), rng.randint(0, 20000)]))
    v["fees_wan_yuan"] = f"{rng.randint(0, 99999)}.{rng.randint(0, 99):02d}" if rng.random() < 0.5 else "0"
    handled = [0] * 6
    for row in RESULT_ROWS:
        figures = [rng.choice([0, 0, 0, 0, 1, 2, rng.randint(0, 30)]) for _ in range(6)]
        handled = [a + b for a, b in zip(handled, figures)]
        for col, x in zip(COLUMNS, figures + [sum(figures)]):
            v[f"app_{row}_{col}"] = str(x)
    carried_in = [rng.choice([0, 0, 1, 3]) for _ in range(6)]
    carried_over = [rng.choice([0, 0, 1, 2]) for _ in range(6)]
    new = [max(0, h + o - c) for h, o, c in zip(handled, carried_over, carried_in)]
    carried_over = [n + c - h for n, c, h in zip(new, carried_in, handled)]
    for row, figures in [("new", new), ("carried_in", carried_in), ("handled_total", handled),
                         ("carried_over", carried_over)]:
        for col, x in zip(COLUMNS, figures + [sum(figures)]):
            v[f"app_{row}_{col}"] = str(x)
    for group in ["review", "suit_direct", "suit_after"]:
        parts = [rng.choice([0, 0, 1, 2, rng.randint(0, 40)]) for _ in range(4)]
        for part, x in zip(["upheld", "corrected", "other", "pending", "total"], parts + [sum(parts)]):
            v[f"{group}_{part}"] = str(x)
    if broken:
        v["app_handled_total_total"] = str(int(v["app_handled_total_total"]) + 1)
    return v


def text_rendering(meta, v, markdown):
    """The report as text: tab-separated cells (as the seeds) or a Markdown pipe table."""
    body = derived.report_body(meta, v, 'border="1"')
    lines = [derived.title(meta), ""]
    for block in re.findall(r"<(?:p|h3)[^>]*>(.*?)</(?:p|h3)>|(<tr>.*?</tr>)", body, re.S):
        if block[0]:
            lines += [html.unescape(re.sub("<[^>]+>", "", block[0])), ""]
            continue
        cells = []
        for attrs, text in re.findall(r"<td([^>]*)>(.*?)</td>", block[1], re.S):
            span = re.search(r'colspan="(\d+)"', attrs)
            cells += [html.unescape(re.sub("<[^>]+>", "", text))] + [""] * (int(span.group(1)) - 1 if span else 0)
        lines.append("| " + " | ".join(cells) + " |" if markdown else "\t".join(cells))
    return "\n".join(lines) + "\n"


def distinct_pdf(data, n):
    """A copy of a PDF with its ID changed (same length): other bytes, the same document."""
    digest = hashlib.md5(data + str(n).encode()).hexdigest().upper().encode()
    return re.sub(rb"(/ID \[ )<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>",
                  lambda m: m.group(1) + b"<" + digest + b">" + m.group(2) + b"<" + digest + b">", data, count=1)


def distinct_docx(path, target, n):
    shutil.copyfile(path, target)
    with zipfile.ZipFile(target, "a") as z:
        z.comment = f"bench copy {n}".encode()


def thousands_of_pages(pages=3000):
    """A valid PDF of empty pages, written by hand."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [" + " ".join(f"{i + 3} 0 R" for i in range(pages)) + f"] /Count {pages} >>"]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def zip_bomb():
    path = tempfile.mktemp(suffix=".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                   "2006/main\"><w:body><w:p><w:r><w:t>" + " " * (300 << 20) + "</w:t></w:r></w:p></w:body></w:document>")
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


def hostile(out, pdf_sample):
    files = {
        "empty.txt": b"",
        "random-bytes.pdf": random.Random(7).randbytes(4096),
        "truncated.pdf": pdf_sample[: len(pdf_sample) // 3],
        "thousands-of-pages.pdf": thousands_of_pages(),
        "zip-bomb.docx": zip_bomb(),
        "deeply-nested.html": ("<html><body>" + "<div>" * 100000 + "某县2024年政府信息公开工作年度报告"
                               + "</div>" * 100000 + "</body></html>").encode(),
        "binary.txt": random.Random(8).randbytes(2048),
        "news-article.html": "<html><head><meta charset=utf-8><title>我县召开春季农业生产工作会议</title></head><body>"
                             "<h1>我县召开春季农业生产工作会议</h1><p>会议部署全年粮食生产任务。</p></body></html>".encode(),
        "年报 2024/盐边县 报告 副本.txt": open(os.path.join(derived.CORPUS, "text/seeds/001_359eaca1bd706430.txt"),
                                        "rb").read(),
    }
    for name, data in files.items():
        path = os.path.join(out, "hostile", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return len(files)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    derived.ensure_tools()
    rng = random.Random(args.seed)
    sources = {name: derived.golden(path) for name, path in derived.SOURCES.items() if "2019" not in path}
    plan = {"pdf": args.documents // 10, "docx": args.documents // 40, "doc": 30, "html": args.documents * 3 // 10}
    plan["text"] = args.documents - sum(plan.values())
    made = 0

    def report(i):
        meta, values = sources[list(sources)[i % len(sources)]]
        return meta, varied(values, rng, broken=rng.random() < 0.02)

    for i in range(plan["text"]):
        meta, v = report(i)
        markdown = i % 4 == 3
        path = os.path.join(args.out, "text", f"{i // 1000:02d}", f"report-{i:05d}.{'md' if markdown else 'txt'}")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text_rendering(meta, v, markdown))
    made += plan["text"]
    for i in range(plan["html"]):
        meta, v = report(i)
        gbk = i % 2 == 1
        page = derived.cms_page(meta, derived.report_body(meta, v, 'border="1"'),
                                '<meta charset="gbk">' if gbk else '<meta charset="utf-8">')
        path = os.path.join(args.out, "html", f"{i // 1000:02d}", f"page-{i:05d}.html")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(page.encode("gb18030" if gbk else "utf-8"))
    made += plan["html"]
    layouts = list(derived.PDF_LAYOUTS.values())[:4]
    with tempfile.TemporaryDirectory() as work:
        unique_pdfs, unique_docx = [], []
        for i in range(40):
            meta, v = report(i)
            _, css, attrs, padding = layouts[i % len(layouts)]
            page = os.path.join(work, f"u{i}.html")
            derived.write(page, derived.typeset_html(meta, v, css, attrs, padding))
            target = os.path.join(work, f"u{i}.pdf")
            derived.convert(page, target, work)
            unique_pdfs.append(target)
        for i in range(plan["pdf"]):
            with open(unique_pdfs[i % len(unique_pdfs)], "rb") as f:
                data = distinct_pdf(f.read(), i)
            path = os.path.join(args.out, "pdf", f"report-{i:05d}.pdf")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        made += plan["pdf"]
        for i in range(30):
            meta, v = report(i)
            page = os.path.join(work, f"w{i}.html")
            derived.write(page, derived.typeset_html(meta, v, "", 'border="1"', 2))
            for ext in ("docx", "doc"):
                target = os.path.join(args.out if ext == "doc" else work, "word" if ext == "doc" else "",
                                      f"report-{i:05d}.{ext}" if ext == "doc" else f"w{i}.docx")
                derived.convert(page, target, work)
            unique_docx.append(os.path.join(work, f"w{i}.docx"))
        made += 30
        for i in range(plan["docx"]):
            target = os.path.join(args.out, "word", f"report-{i:05d}.docx")
            distinct_docx(unique_docx[i % len(unique_docx)], target, i)
        made += plan["docx"]
        with open(unique_pdfs[0], "rb") as f:
            made += hostile(args.out, f.read())
    print(f"{made} files in {args.out}")


if __name__ == "__main__":
    sys.exit(main())
