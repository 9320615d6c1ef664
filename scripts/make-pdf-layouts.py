#!/usr/bin/env python3
"""Re-makes corpus/pdf/generated/: corpus reports typeset as PDFs in several layouts.

Each PDF is made from the hand-checked golden file of a text report in corpus/ (its figures and
metadata), laid out like the printed template (merged cells, a vertical label), written as HTML
and converted with LibreOffice (Debian's libreoffice-writer-nogui, fonts-noto-cjk). The output is
made reproducible: the PDF's creation date and ID are fixed. A file is named
SOURCE.LAYOUT.pdf, SOURCE being the text report it was made from, so that a test can check that
every layout gives that report's figures.

    scripts/make-pdf-layouts.py            # all layouts
"""
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus", "pdf", "generated")

SOURCES = {
    "huaian-city-2024": "text/pdftotext/huaian-city-2024.txt",
    "example-county-2024": "text/damage/label-variants.txt",
}

# name: (source, css, table attributes, paragraphs of body text before table 三)
LAYOUTS = {
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
}

COLUMNS = ["person", "business", "research", "ngo", "legal", "other", "total"]
GROUPS = {
    "deny": ("（三）不予公开", ["deny_secret", "deny_law", "deny_safety", "deny_third_party", "deny_internal",
                              "deny_process", "deny_enforcement", "deny_query"]),
    "unable": ("（四）无法提供", ["unable_not_held", "unable_create", "unable_unclear"]),
    "reject": ("（五）不予处理", ["reject_petition", "reject_repeat", "reject_publication", "reject_mass",
                              "reject_confirm"]),
    "other": ("（六）其他处理", ["other_overdue_fix", "other_unpaid_fee", "other_other"]),
}
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
BODY = ("本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自1月1日起至12月31日止。"
        "全年围绕中心工作推进政务公开，规范依申请公开办理流程，加强政府信息管理和平台建设，"
        "落实监督保障措施，政务公开工作取得新的成效。")


def golden(relative):
    """The metadata and figures of a corpus report, from its hand-checked golden file."""
    meta, values = {}, {}
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
                field, value, raw = line.split("\t")[:3]
                values[field] = raw if value == "" else value
    return meta, values


def cells(values, prefix):
    return "".join(f"<td>{html.escape(values.get(prefix + c, ''))}</td>" for c in COLUMNS)


def report_html(meta, v, css, table_attrs, padding):
    t = table_attrs + ' cellspacing="0" cellpadding="4"'
    out = [f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; }}
td {{ text-align: center; }}
{css}
</style></head><body>
<h2 style="text-align:center">{html.escape(meta['agency'])}{meta['year']}年政府信息公开工作年度报告</h2>
<p>{BODY}</p>
<h3>一、总体情况</h3>
<p>{BODY}</p>
<h3>二、主动公开政府信息情况</h3>
<table {t}>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>{v['reg_rules_issued']}</td><td>{v['reg_rules_repealed']}</td><td>{v['reg_rules_in_force']}</td></tr>
<tr><td>行政规范性文件</td><td>{v['reg_norm_issued']}</td><td>{v['reg_norm_repealed']}</td><td>{v['reg_norm_in_force']}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{v['licensing_decisions']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{v['penalty_decisions']}</td></tr>
<tr><td>行政强制</td><td colspan="3">{v['coercion_decisions']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{v['fees_wan_yuan']}</td></tr>
</table>"""]
    out += [f"<p>{BODY}</p>"] * padding
    out.append(f"""<h3>三、收到和处理政府信息公开申请情况</h3>
<table {t}>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">{LABELS['new']}</td>{cells(v, 'app_new_')}</tr>
<tr><td colspan="3">{LABELS['carried_in']}</td>{cells(v, 'app_carried_in_')}</tr>
<tr><td rowspan="22" width="14">三、本年度办理结果</td><td colspan="2">{LABELS['granted']}</td>{cells(v, 'app_granted_')}</tr>
<tr><td colspan="2">{LABELS['partial']}</td>{cells(v, 'app_partial_')}</tr>""")
    for group, rows in GROUPS.values():
        for i, row in enumerate(rows):
            head = f'<td rowspan="{len(rows)}">{group}</td>' if i == 0 else ""
            out.append(f"<tr>{head}<td>{html.escape(LABELS[row])}</td>{cells(v, 'app_' + row + '_')}</tr>")
    out.append(f"""<tr><td colspan="2">{LABELS['handled_total']}</td>{cells(v, 'app_handled_total_')}</tr>
<tr><td colspan="3">{LABELS['carried_over']}</td>{cells(v, 'app_carried_over_')}</tr>
</table>
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
<table {t}>
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr>{''.join(f'<td rowspan="2">{x}</td>' for x in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>{''.join(f'<td>{x}</td>' for x in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2)}</tr>
<tr>{''.join(f"<td>{v[g + '_' + p]}</td>" for g in ['review', 'suit_direct', 'suit_after'] for p in ['upheld', 'corrected', 'other', 'pending', 'total'])}</tr>
</table>
<h3>五、存在的主要问题及改进情况</h3>
<p>{BODY}</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>
<p style="text-align:right">{html.escape(meta['agency'])}</p>""")
    if meta.get("published"):
        y, m, d = meta["published"].split("-")
        out.append(f'<p style="text-align:right">{int(y)}年{int(m)}月{int(d)}日</p>')
    out.append("</body></html>")
    return "\n".join(out)


def reproducible(pdf):
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


def ensure_tools():
    if shutil.which("soffice") and os.path.exists("/usr/share/fonts/opentype/noto"):
        return
    packages = ["libreoffice-writer-nogui", "fonts-noto-cjk"]
    if subprocess.run(["apt-get", "install", "-y"] + packages, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update"], check=True, capture_output=True)
        subprocess.run(["apt-get", "install", "-y"] + packages, check=True, capture_output=True)


def main():
    ensure_tools()
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name, (source, css, attrs, padding) in LAYOUTS.items():
            meta, values = golden(SOURCES[source])
            page = os.path.join(work, name + ".html")
            with open(page, "w", encoding="utf-8") as f:
                f.write(report_html(meta, values, css, attrs, padding))
            # Imported into Writer proper: the Writer/Web import loses the first heading.
            subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                            "pdf:writer_pdf_Export", "--outdir", work, page],
                           check=True, capture_output=True)
            target = os.path.join(OUT, name + ".pdf")
            shutil.move(os.path.join(work, name + ".pdf"), target)
            reproducible(target)
            print(os.path.relpath(target, ROOT))


if __name__ == "__main__":
    sys.exit(main())
