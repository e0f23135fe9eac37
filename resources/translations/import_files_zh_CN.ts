<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="24"/>
        <source>a closing quote for the field quoted on this line</source>
        <translation>本行以引号开始的字段的结束引号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="25"/>
        <source>one header cell per column</source>
        <translation>每列一个表头单元格</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="26"/>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="28"/>
        <source>a value, not a formula left uncomputed (open and save the file in Excel or WPS)</source>
        <translation>一个值，而不是未计算的公式（请用 Excel 或 WPS 打开并保存该文件）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="29"/>
        <source>a date within the calendar</source>
        <translation>日历范围内的日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="30"/>
        <source>a value of its own in each row</source>
        <translation>每一行各自的值</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="33"/>
        <source>text without control characters or invisible formatting marks</source>
        <translation>不含控制字符或不可见格式符的文本</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="34"/>
        <source>a date between {0} and {1}</source>
        <translation>{0} 至 {1} 之间的日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="74"/>
        <source>a quoted field running on to line {0}</source>
        <translation>一个引号字段一直延续到第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="76"/>
        <source>a quoted field running on to the end of the file</source>
        <translation>一个引号字段一直延续到文件末尾</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="77"/>
        <source>a field of more than {0} characters</source>
        <translation>一个超过 {0} 个字符的字段</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="79"/>
        <source>text in the UTF-16 encoding (Excel's "Unicode Text"); it is not UTF-8</source>
        <translation>UTF-16 编码的文本（Excel 的“Unicode 文本”），不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="80"/>
        <source>the formula {0} with no value</source>
        <translation>没有计算结果的公式 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="81"/>
        <source>a formula with no value</source>
        <translation>没有计算结果的公式</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="82"/>
        <source>the error value {0}</source>
        <translation>错误值 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="83"/>
        <source>the date {0}</source>
        <translation>日期 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="85"/>
        <source>the number {0} in a cell formatted as a date</source>
        <translation>设为日期格式的单元格中的数字 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="87"/>
        <source>a cell merged into {0}, whose value only its first cell holds</source>
        <translation>合并单元格 {0} 的一部分，只有其第一个单元格有值</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="88"/>
        <source>the merged cells {0}</source>
        <translation>合并单元格 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="90"/>
        <source>refused: the file holds {0} MB, more than the {1} MB one import may read; split it by month</source>
        <translation>已拒绝：文件有 {0} MB，超过一次导入可读取的 {1} MB；请按月拆分</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="93"/>
        <source>is a password-protected workbook; remove its password in Excel or WPS and import again</source>
        <translation>是受密码保护的工作簿；请在 Excel 或 WPS 中取消密码后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="97"/>
        <source>is an old Excel .xls workbook with an .xlsx name; save it as .xlsx (Excel Workbook) or CSV UTF-8 and import again</source>
        <translation>是以 .xlsx 命名的旧版 Excel .xls 工作簿；请另存为 .xlsx（Excel 工作簿）或 CSV UTF-8 后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="101"/>
        <source>is a web page (HTML) with an .xlsx name, as some systems export tables; open it in Excel or WPS, save it as .xlsx and import again</source>
        <translation>是以 .xlsx 命名的网页（HTML），有些系统这样导出表格；请用 Excel 或 WPS 打开，另存为 .xlsx 后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="104"/>
        <source>is a text file with an .xlsx name; if it is CSV, rename it to .csv and import again</source>
        <translation>是以 .xlsx 命名的文本文件；如果是 CSV，请改名为 .csv 后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="107"/>
        <source>the first sheet, "{0}", is a chart, not a table of movements; put the movements on the first sheet</source>
        <translation>第一个工作表“{0}”是图表，不是出入库表；请把出入库数据放在第一个工作表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="111"/>
        <source>refused: its zip directory takes {0} MB, more than a workbook's (at most {1} MB; a possible zip bomb)</source>
        <translation>已拒绝：其 zip 目录占 {0} MB，超过工作簿应有的大小（最多 {1} MB；可能是 zip 炸弹）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="114"/>
        <source>refused: part {0} would unpack {1}-fold, to {2} MB (a possible zip bomb)</source>
        <translation>已拒绝：部件 {0} 将解压 {1} 倍，达 {2} MB（可能是 zip 炸弹）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="116"/>
        <source>refused: part {0} would unpack to {1} MB, more than the {2} MB a movement workbook needs</source>
        <translation>已拒绝：部件 {0} 将解压到 {1} MB，超过出入库工作簿所需的 {2} MB</translation>
    </message>
</context>
</TS>
