#!/usr/bin/env python3
"""Re-makes the derived corpus: corpus reports as PDFs, HTML pages and Word files.

Each document is made from the hand-checked golden file of a text report in corpus/ (its figures
and metadata), laid out like the printed template (merged cells, a vertical label):

  corpus/pdf/generated/    PDFs in several layouts, typeset by LibreOffice from HTML
  corpus/html/generated/   web pages in several CMS styles and encodings
  corpus/word/generated/   DOCX and DOC converted by LibreOffice, merged cells included
  corpus/mislabelled/      a PDF named .html and a DOCX named .doc: read by their content

Files are named SOURCE.VARIANT.EXT, SOURCE being the text report they were made from, so that a
test can check that every one gives that report's figures. LibreOffice (Debian's
libreoffice-writer-nogui) and fonts-noto-cjk are installed when missing. The output is byte for
byte reproducible: LibreOffice's dates, checksums, IDs and zip timestamps are fixed.

    scripts/make-derived-corpus.py
"""
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

SOURCES = {
    "huaian-city-2024": "text/pdftotext/huaian-city-2024.txt",
    "example-county-2024": "text/damage/label-variants.txt",
    "zigui-county-2020": "text/template-2019/zigui-county-2020.txt",
    # Cells printed blank or as a dash: a blank PDF cell must leave its row's other figures in place.
    "example-blanks-2024": "text/damage/blank-and-dash-cells.txt",
}
# Rows a province added to the template, printed by its reports (湖北, 2020: table 二, 第（一）项).
ADDED_ROWS = {"zigui-county-2020": [("其他主动公开文件", ["120", "118", "560"])]}

# PDF layouts: name -> (source, css, table attributes, paragraphs of body text before table 三)
PDF_LAYOUTS = {
    "huaian-city-2024.ruled": ("huaian-city-2024", "", 'border="1"', 2),
    "huaian-city-2024.unruled": ("huaian-city-2024", "td { border: none; }", 'border="0"', 2),
    "huaian-city-2024.narrow-columns": ("huaian-city-2024", "td { font-size: 9pt; }", 'border="1" width="330"', 2),
    "huaian-city-2024.landscape": ("huaian-city-2024", "@page { size: 29.7cm 21cm; margin: 2cm; }",
                                   'border="1"', 2),
    # Body text before table 三 moves its page break: after （一）, in the middle of （三） and cutting
    # the group label （五）不予处理 in two.
    "example-county-2024.table3-break-after-granted": ("example-county-2024", "", 'border="1"', 0),
    "example-county-2024.table3-break-inside-denied": ("example-county-2024", "", 'border="1"', 9),
    "example-county-2024.table3-break-cuts-group-label": ("example-county-2024", "", 'border="1"', 5),
    "zigui-county-2020.ruled": ("zigui-county-2020", "", 'border="1"', 2),
    "example-blanks-2024.ruled-blank-cells": ("example-blanks-2024", "", 'border="1"', 2),
    "example-blanks-2024.unruled-blank-cells": ("example-blanks-2024", "td { border: none; }", 'border="0"', 2),
    # A borderless table set tight: long labels end a hair before the first figure (2.其他法律行政法规禁止公开0).
    "huaian-city-2024.unruled-label-touches-figure": (
        "huaian-city-2024", "td { border: none; padding: 0; font-size: 10.5pt; text-align: left; white-space: nowrap; }",
        'border="0" cellpadding="0" width="1"', 2),
    "huaian-city-2024.appeals-three-tables": ("huaian-city-2024", "", 'border="1"', 2),
    "example-county-2024.unruled-label-touches-figure": (
        "example-county-2024", "td { border: none; padding: 0; font-size: 10.5pt; text-align: left; white-space: nowrap; }",
        'border="0" cellpadding="0" width="1"', 2),
}
# Word files whose vertical group label is set with Word's text direction (btLr: bottom to top, rotated
# 90°), exported to PDF by LibreOffice: the label's glyphs are rotated.
ROTATED = {
    "huaian-city-2024.rotated-label": "huaian-city-2024",
    "example-county-2024.rotated-label": "example-county-2024",
}

COLUMNS = ["person", "business", "research", "ngo", "legal", "other", "total"]
GROUPS = [
    ("（三）不予公开", ["deny_secret", "deny_law", "deny_safety", "deny_third_party", "deny_internal",
                   "deny_process", "deny_enforcement", "deny_query"]),
    ("（四）无法提供", ["unable_not_held", "unable_create", "unable_unclear"]),
    ("（五）不予处理", ["reject_petition", "reject_repeat", "reject_publication", "reject_mass", "reject_confirm"]),
    ("（六）其他处理", ["other_overdue_fix", "other_unpaid_fee", "other_other"]),
]
LABELS = {
    "new": "一、本年新收政府信息公开申请数量",
    "carried_in": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "deny_secret": "1.属于国家秘密",
    "deny_law": "2.其他法律行政法规禁止公开",
    "deny_safety": "3.危及“三安全一稳定”",
    "deny_third_party": "4.保护第三方合法权益",
    "deny_internal": "5.属于三类内部事务信息",
    "deny_process": "6.属于四类过程性信息",
    "deny_enforcement": "7.属于行政执法案卷",
    "deny_query": "8.属于行政查询事项",
    "unable_not_held": "1.本机关不掌握相关政府信息",
    "unable_create": "2.没有现成信息需要另行制作",
    "unable_unclear": "3.补正后申请内容仍不明确",
    "reject_petition": "1.信访举报投诉类申请",
    "reject_repeat": "2.重复申请",
    "reject_publication": "3.要求提供公开出版物",
    "reject_mass": "4.无正当理由大量反复申请",
    "reject_confirm": "5.要求行政机关确认或重新出具已获取信息",
    "other_overdue_fix": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_other": "3.其他",
    "handled_total": "（七）总计",
    "carried_over": "四、结转下年度继续办理",
}
APPEAL_PARTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
BODY = ("本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自1月1日起至12月31日止。"
        "全年围绕中心工作推进政务公开，规范依申请公开办理流程，加强政府信息管理和平台建设，"
        "落实监督保障措施，政务公开工作取得新的成效。")


class Cells(dict):
    """A report's printed cells by field: a field it prints blank has none, and reads as an empty cell."""

    def __missing__(self, key):
        return ""


def golden(relative):
    """The metadata and figures of a corpus report, from its hand-checked golden file."""
    meta, values = {}, Cells()
    with open(os.path.join(ROOT, "golden", relative + ".tsv"), encoding="utf-8") as f:
        part = "meta"
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("field\t"):
                part = "values"
            elif line.startswith("check\t"):
                part = "checks"
            elif line and part == "meta":
                key, _, value = line.partition("\t")
                meta[key] = value
            elif line and part == "values":
                field, _, raw = line.split("\t")[:3]
                values[field] = raw
    return meta, values


def title(meta):
    return f"{html.escape(meta['agency'])}{meta['year']}年政府信息公开工作年度报告"


def report_body(meta, v, table_attrs, padding=2, cell=html.escape, split=False, added=(), appeals_split=False):
    """The report below its title, in the template its figures belong to (2019 when they hold 2019
    fields). cell() writes a cell's text; split cuts table 三 into three tables; added are rows a
    province added to table 二."""
    t = table_attrs + ' cellspacing="0" cellpadding="4"'

    def td(text, **spans):
        attrs = "".join(f' {k}="{n}"' for k, n in spans.items())
        return f"<td{attrs}>{cell(text)}</td>"

    def figures(prefix):
        return "".join(td(v.get(prefix + c, "")) for c in COLUMNS)

    def row(*cells):
        return "<tr>" + "".join(cells) + "</tr>"

    out = [f"<p>{BODY}</p>", "<h3>一、总体情况</h3>", f"<p>{BODY}</p>", "<h3>二、主动公开政府信息情况</h3>",
           f"<table {t}>"]
    if "reg_rules_made" in v:
        out += table2_2019(v, td, row, added)
    else:
        out += table2_2021(v, td, row)
    out.append("</table>")
    out += [f"<p>{BODY}</p>"] * padding
    out += ["<h3>三、收到和处理政府信息公开申请情况</h3>", f"<table {t}>",
            row(td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan=3, rowspan=3),
                td("申请人情况", colspan=7)),
            row(td("自然人", rowspan=2), td("法人或其他组织", colspan=5), td("总计", rowspan=2)),
            row(*[td(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]),
            row(td(LABELS["new"], colspan=3), figures("app_new_")),
            row(td(LABELS["carried_in"], colspan=3), figures("app_carried_in_"))]
    # （六）其他处理 as one row where the figures have it so (the 2019 layout), else its three sub-rows.
    other_as_one_row = "app_other_total" in v
    groups = GROUPS[:-1] if other_as_one_row else GROUPS
    results_rows = 2 + sum(len(rows) for _, rows in groups) + (1 if other_as_one_row else 0) + 1
    if split:
        # Some pages print each part of table 三 as a table of its own, without the spanning label.
        out += ["</table>", f"<table {t}>",
                row(td("三、本年度办理结果"), td(LABELS["granted"], colspan=2), figures("app_granted_"))]
    else:
        out.append(row(f'<td rowspan="{results_rows}" width="14">' + cell("三、本年度办理结果") + "</td>",
                       td(LABELS["granted"], colspan=2), figures("app_granted_")))
    out.append(row(td(LABELS["partial"], colspan=2), figures("app_partial_")))
    for group, rows in groups:
        if split and group.startswith("（五）"):
            out += ["</table>", f"<table {t}>"]
        for i, key in enumerate(rows):
            head = td(group, rowspan=len(rows)) if i == 0 else ""
            out.append(row(head, td(LABELS[key]), figures("app_" + key + "_")))
    if other_as_one_row:
        out.append(row(td("（六）其他处理", colspan=2), figures("app_other_")))
    out += [row(td(LABELS["handled_total"], colspan=2), figures("app_handled_total_")),
            row(td(LABELS["carried_over"], colspan=3), figures("app_carried_over_")), "</table>",
            "<h3>四、政府信息公开行政复议、行政诉讼情况</h3>"]
    if appeals_split:
        # Table 四 as three tables, one per group, each under its own header (sites that rebuild tables).
        for group, heading in [("review", "行政复议"), ("suit_direct", "行政诉讼（未经复议直接起诉）"),
                               ("suit_after", "行政诉讼（复议后起诉）")]:
            out += [f"<table {t}>", row(td(heading, colspan=5)), row(*[td(x) for x in APPEAL_PARTS]),
                    row(*[td(v[group + "_" + p]) for p in ["upheld", "corrected", "other", "pending", "total"]]),
                    "</table>"]
    else:
        out += [f"<table {t}>",
                row(td("行政复议", colspan=5), td("行政诉讼", colspan=10)),
                row(*[td(x, rowspan=2) for x in APPEAL_PARTS], td("未经复议直接起诉", colspan=5),
                    td("复议后起诉", colspan=5)),
                row(*[td(x) for x in APPEAL_PARTS * 2]),
                row(*[td(v[g + "_" + p]) for g in ["review", "suit_direct", "suit_after"]
                      for p in ["upheld", "corrected", "other", "pending", "total"]]),
                "</table>"]
    out += ["<h3>五、存在的主要问题及改进情况</h3>", f"<p>{BODY}</p>", "<h3>六、其他需要报告的事项</h3>",
            "<p>本年度未收取信息处理费。</p>", f'<p style="text-align:right">{html.escape(meta["agency"])}</p>']
    if meta.get("published"):
        y, m, d = meta["published"].split("-")
        out.append(f'<p style="text-align:right">{int(y)}年{int(m)}月{int(d)}日</p>')
    return "\n".join(out)


def table2_2021(v, td, row):
    out = [row(td("第二十条第（一）项", colspan=4)),
           row(td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")),
           row(td("规章"), td(v["reg_rules_issued"]), td(v["reg_rules_repealed"]), td(v["reg_rules_in_force"])),
           row(td("行政规范性文件"), td(v["reg_norm_issued"]), td(v["reg_norm_repealed"]), td(v["reg_norm_in_force"]))]
    for item, label, field in [("（五）", "行政许可", "licensing_decisions"), ("（六）", "行政处罚", "penalty_decisions"),
                               (None, "行政强制", "coercion_decisions")]:
        if item:
            out += [row(td(f"第二十条第{item}项", colspan=4)), row(td("信息内容"), td("本年处理决定数量", colspan=3))]
        out.append(row(td(label), td(v[field], colspan=3)))
    out += [row(td("第二十条第（八）项", colspan=4)), row(td("信息内容"), td("本年收费金额（单位：万元）", colspan=3)),
            row(td("行政事业性收费"), td(v["fees_wan_yuan"], colspan=3))]
    return out


def table2_2019(v, td, row, added):
    """Table 二 of the 2019 trial template: items and their yearly change, procurement."""
    items = ["上一年项目数量", "本年增/减", "处理决定数量"]
    out = [row(td("第二十条第（一）项", colspan=4)),
           row(td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")),
           row(td("规章"), *[td(v["reg_rules_" + c]) for c in ["made", "published", "public_total"]]),
           row(td("规范性文件"), *[td(v["reg_norm_" + c]) for c in ["made", "published", "public_total"]])]
    out += [row(td(label), *[td(x) for x in figures]) for label, figures in added]
    for item, label, prefix in [("（五）", "行政许可", "licensing"), (None, "其他对外管理服务事项", "services"),
                                ("（六）", "行政处罚", "penalty"), (None, "行政强制", "coercion")]:
        if item:
            out += [row(td(f"第二十条第{item}项", colspan=4)), row(td("信息内容"), *[td(x) for x in items])]
        out.append(row(td(label), td(v[prefix + "_items_prev"]), td(v[prefix + "_items_change"]),
                       td(v[prefix + "_decisions"])))
    out += [row(td("第二十条第（八）项", colspan=4)), row(td("信息内容"), td(items[0]), td(items[1]), td("")),
            row(td("行政事业性收费"), td(v["fees_items_prev"]), td(v["fees_items_change"]), td("")),
            row(td("第二十条第（九）项", colspan=4)), row(td("信息内容"), td("采购项目数量"), td("采购总金额"), td("")),
            row(td("政府集中采购"), td(v["procurement_items"]), td(v["procurement_amount_wan_yuan"]), td(""))]
    return out


def typeset_html(meta, v, css, table_attrs, padding, added=(), appeals_split=False):
    """The report alone, for LibreOffice to typeset."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; }}
td {{ text-align: center; }}
{css}
</style></head><body>
<h2 style="text-align:center">{title(meta)}</h2>
{report_body(meta, v, table_attrs, padding, added=added, appeals_split=appeals_split)}
</body></html>"""


def cms_page(meta, body, charset_meta, related=True):
    """A government site's article page: menus, breadcrumbs, an article header, related links, footer."""
    menu = "".join(f'<li><a href="/{i}/">{x}</a></li>' for i, x in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进当地", "政府信息公开年报"]))
    related_links = "".join(f'<li><a href="/nb/{y}.html">{html.escape(meta["agency"])}{y}年政府信息公开工作年度报告</a>'
                            f"</li>" for y in (2021, 2022, 2023)) if related else ""
    return f"""<!DOCTYPE html>
<html><head>{charset_meta}<title>{title(meta)}_{html.escape(meta["agency"])}门户网站</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="top-bar"><a href="/">网站首页</a> | <a href="/wza/">无障碍浏览</a> | <a href="/en/">English</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="logo"></div>
<ul class="nav">{menu}</ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/nb/">政府信息公开年报</a></div>
<div class="article">
<h1 class="article-title">{title(meta)}</h1>
<div class="article-info">发布时间：{meta.get("published") or "2025-01-15"} 来源：{html.escape(meta["agency"])} 浏览次数：1024
<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="article-content">
{body}
</div>
</div>
<div class="related"><h3>相关链接</h3><ul>{related_links}</ul></div>
</div>
<div class="footer"><p>主办：{html.escape(meta["agency"])}办公室 承办：信息中心</p>
<p>网站标识码：0000000000 备案号：X ICP备00000000号-1 公安机关备案号：00000000000000</p></div>
<script>var _hmt = _hmt || [];</script>
</body></html>
"""


def word_cell(text):
    """A cell as Word's 'save as web page' writes it: paragraphs, spans, non-breaking spaces."""
    escaped = html.escape(text) or "&nbsp;"
    return (f'<p class=MsoNormal align=center style="text-align:center"><span lang=EN-US '
            f'style="font-size:10.5pt;font-family:宋体">&nbsp;{escaped}<o:p></o:p></span></p>')


def word_exported_page(meta, v):
    body = report_body(meta, v, 'class=MsoNormalTable border=1', cell=word_cell)
    body = body.replace("<p>", "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>"
                                "\u3000\u3000").replace("</p>", "<o:p></o:p></span></p>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {{mso-style-parent:""; margin:0cm; text-align:justify; font-size:10.5pt;}} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>
{title(meta)}<o:p></o:p></span></b></p>
{body}
</div></body></html>
"""


def layout_table_page(meta, v):
    """Table 三 cut into three tables, all inside a layout table, as older CMSs build pages."""
    body = report_body(meta, v, 'border="1"', split=True)
    return f"""<html><head><meta charset="utf-8"><title>{title(meta)}</title></head><body>
<table width="1000" border="0"><tr><td width="200" valign="top"><a href="/">首页</a><br><a href="/zwgk/">政务公开</a></td>
<td valign="top"><table width="100%"><tr><td class="title">{title(meta)}</td></tr>
<tr><td>{body}</td></tr></table></td></tr></table>
<div>版权所有 {html.escape(meta["agency"])}</div></body></html>
"""


def reproducible_pdf(pdf):
    """Fixes the creation date, checksum and ID LibreOffice writes, keeping every byte offset."""
    with open(pdf, "rb") as f:
        data = f.read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    blank = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"(/ID \[ )<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>",
                  lambda m: m.group(1) + b"<" + digest + b">" + m.group(2) + b"<" + digest + b">", data)
    with open(pdf, "wb") as f:
        f.write(data)


def reproducible_zip(path):
    """Rewrites a DOCX with fixed entry timestamps (LibreOffice stamps them with the time)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def convert(source_html, target, work, quiet=False):
    """LibreOffice, the HTML imported into Writer proper (the Writer/Web import loses the first heading)."""
    ext = os.path.splitext(target)[1][1:]
    filters = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filters[ext],
                    "--outdir", work, source_html], check=True, capture_output=True)
    made = os.path.join(work, os.path.splitext(os.path.basename(source_html))[0] + "." + ext)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.move(made, target)
    if ext == "pdf":
        reproducible_pdf(target)
    elif ext == "docx":
        reproducible_zip(target)
    if not quiet:
        print(os.path.relpath(target, ROOT))


def rotated_label_pdf(source_html, target, work):
    """A Word file with the vertical group label 三、本年度办理结果 set in Word's text direction btLr,
    exported to PDF: made by LibreOffice from the typeset page, its cell's direction set in the DOCX."""
    docx = os.path.join(work, "rotated.docx")
    convert(source_html, docx, work, quiet=True)
    with zipfile.ZipFile(docx) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in entries:
        if name == "word/document.xml":
            xml = data.decode("utf-8")
            at = xml.index("三、本年度办理结果")
            cell = xml.rindex("<w:tc>", 0, at)
            props = xml.index("<w:tcPr>", cell) + len("<w:tcPr>")
            xml = xml[:props] + '<w:textDirection w:val="btLr"/>' + xml[props:]
            data = xml.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, docx], check=True,
                   capture_output=True)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.move(os.path.join(work, "rotated.pdf"), target)
    reproducible_pdf(target)
    print(os.path.relpath(target, ROOT))


def write(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))
    if path.startswith(CORPUS):
        print(os.path.relpath(path, ROOT))


def ensure_tools():
    if shutil.which("soffice") and os.path.exists("/usr/share/fonts/opentype/noto"):
        return
    packages = ["libreoffice-writer-nogui", "fonts-noto-cjk"]
    if subprocess.run(["apt-get", "install", "-y"] + packages, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update"], check=True, capture_output=True)
        subprocess.run(["apt-get", "install", "-y"] + packages, check=True, capture_output=True)


def main():
    ensure_tools()
    data = {name: golden(path) for name, path in SOURCES.items()}
    with tempfile.TemporaryDirectory() as work:
        for name, (source, css, attrs, padding) in PDF_LAYOUTS.items():
            page = os.path.join(work, name + ".html")
            write(page, typeset_html(*data[source], css, attrs, padding, ADDED_ROWS.get(source, ()),
                                     appeals_split=name.endswith("appeals-three-tables")))
            convert(page, os.path.join(CORPUS, "pdf", "generated", name + ".pdf"), work)

        for name, source in ROTATED.items():
            page = os.path.join(work, name + ".html")
            write(page, typeset_html(*data[source], "", 'border="1"', 2, ADDED_ROWS.get(source, ())))
            rotated_label_pdf(page, os.path.join(CORPUS, "pdf", "generated", name + ".pdf"), work)

        pages = os.path.join(CORPUS, "html", "generated")
        meta, v = data["huaian-city-2024"]
        body = report_body(meta, v, 'border="1"')
        write(os.path.join(pages, "huaian-city-2024.cms-utf8.html"),
              cms_page(meta, body, '<meta charset="utf-8">'))
        # 镕 is in GBK but not in GB2312: the page declares gb2312 and must still read it.
        gbk_body = body.replace(f"<p>{BODY}</p>", f"<p>{BODY}联系人：王镕。</p>", 1)
        write(os.path.join(pages, "huaian-city-2024.cms-gbk-declared.html"),
              cms_page(meta, gbk_body, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
              "gb18030")
        meta, v = data["example-county-2024"]
        write(os.path.join(pages, "example-county-2024.cms-gbk-undeclared.html"),
              cms_page(meta, report_body(meta, v, 'border="1"'), "", related=False), "gb18030")
        write(os.path.join(pages, "example-county-2024.word-exported.html"), word_exported_page(meta, v))
        write(os.path.join(pages, "example-county-2024.split-tables-in-layout-table.html"),
              layout_table_page(meta, v))
        write(os.path.join(pages, "example-county-2024.cms-appeals-three-tables.html"),
              cms_page(meta, report_body(meta, v, 'border="1"', appeals_split=True), '<meta charset="utf-8">'))
        meta, v = data["zigui-county-2020"]
        write(os.path.join(pages, "zigui-county-2020.cms-utf8.html"),
              cms_page(meta, report_body(meta, v, 'border="1"', added=ADDED_ROWS["zigui-county-2020"]),
                       '<meta charset="utf-8">'))

        for source in SOURCES:
            meta, v = data[source]
            page = os.path.join(work, source + ".html")
            write(page, typeset_html(meta, v, "", 'border="1"', 2, ADDED_ROWS.get(source, ())))
            for ext in ("docx", "doc"):
                convert(page, os.path.join(CORPUS, "word", "generated", f"{source}.{ext}"), work)

        mislabelled = os.path.join(CORPUS, "mislabelled")
        os.makedirs(mislabelled, exist_ok=True)
        for src, dst in [("pdf/generated/huaian-city-2024.ruled.pdf", "huaian-city-2024.pdf-named.html"),
                         ("word/generated/example-county-2024.docx", "example-county-2024.docx-named.doc")]:
            shutil.copyfile(os.path.join(CORPUS, src), os.path.join(mislabelled, dst))
            print(os.path.join("corpus", "mislabelled", dst))


if __name__ == "__main__":
    sys.exit(main())
