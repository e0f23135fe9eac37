<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ree_desk/gui/problem_text.py" line="27"/>
        <source>…and {n} more</source>
        <translation>……另有 {n} 条</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_text.py" line="28"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_text.py" line="82"/>
        <source>Expected {0}</source>
        <translation>应为：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_text.py" line="87"/>
        <location filename="../../ree_desk/gui/error_sentences.py" line="52"/>
        <source>expected {0}, found {1}</source>
        <translation>应为：{0}；实际：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_text.py" line="99"/>
        <source>{field}: {body}</source>
        <translation>{field}：{body}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="19"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="20"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="21"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="22"/>
        <source>Net mass (kg)</source>
        <translation>净重（kg）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="23"/>
        <source>Grade (%)</source>
        <translation>品位（%）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="24"/>
        <source>REO</source>
        <translation>REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="25"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="26"/>
        <source>Origin detail</source>
        <translation>产地</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="27"/>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="28"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="29"/>
        <source>Customs no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="30"/>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="31"/>
        <source>Run</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="32"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="33"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="35"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="36"/>
        <source>Quota</source>
        <translation>配额类别</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="37"/>
        <source>Origin scope</source>
        <translation>来源范围</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="38"/>
        <source>Tonnes REO</source>
        <translation>REO 吨数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="39"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="40"/>
        <source>Document</source>
        <translation>下达文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="41"/>
        <source>Allocation</source>
        <translation>配额指标</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="42"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="43"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="44"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="45"/>
        <source>Movement</source>
        <translation>流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="48"/>
        <source>mining (rock type)</source>
        <translation>开采（岩矿型）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="49"/>
        <source>mining (ion-adsorption)</source>
        <translation>开采（离子型）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="50"/>
        <source>smelting separation</source>
        <translation>冶炼分离</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="53"/>
        <source>any origin</source>
        <translation>不限来源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="54"/>
        <source>domestic</source>
        <translation>国内</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="55"/>
        <source>imported</source>
        <translation>进口</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="60"/>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="62"/>
        <source>the mass in kg</source>
        <translation>净重（kg）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="61"/>
        <source>the grade in %</source>
        <translation>品位（%）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="63"/>
        <source>a mass in tonnes</source>
        <translation>吨数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="72"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="73"/>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="74"/>
        <source>one of the six movement types</source>
        <translation>六种流水类型之一</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="75"/>
        <source>a material code such as CONC-BAST</source>
        <translation>物料代码，如 CONC-BAST</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="76"/>
        <source>a material from the catalogue</source>
        <translation>物料目录中的物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="78"/>
        <source>an ore or ore product for mining output</source>
        <translation>原矿或矿产品（开采产出）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="79"/>
        <source>a lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="81"/>
        <source>an existing lot (made by a receipt, mining output or output)</source>
        <translation>已有的批号（由入库、开采产出或产品产出建立）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="83"/>
        <source>the origin of a lot found at stocktake</source>
        <translation>盘点发现的批号的原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="85"/>
        <source>a lot of its own for production output</source>
        <translation>产品产出使用单独的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="87"/>
        <source>a lot of its own for a receipt or mining output</source>
        <translation>入库或开采产出使用单独的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="88"/>
        <source>a lot with a known origin</source>
        <translation>原产地已知的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="89"/>
        <source>origin {0}, the origin of lot {1}</source>
        <translation>原产国 {0}（批号 {1} 的原产国）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="90"/>
        <source>the net mass in kg</source>
        <translation>以 kg 计的净重</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="91"/>
        <source>a mass other than zero</source>
        <translation>不为零的净重</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="93"/>
        <source>a positive mass (a negative mass makes no sense here)</source>
        <translation>正数净重（此处不能为负数）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="95"/>
        <source>the TREO grade in % (0–100, at most 2 decimals)</source>
        <translation>TREO 品位（%，0–100，最多 2 位小数）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="97"/>
        <source>{0} written in digits, such as 1234.5</source>
        <translation>用数字填写的{0}，如 1234.5</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="98"/>
        <source>{0} with at most {1} decimals</source>
        <translation>{0}，最多 {1} 位小数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="99"/>
        <source>{0} between 0 and 100</source>
        <translation>{0}，在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="100"/>
        <source>{0} written without an exponent</source>
        <translation>{0}，不用科学计数法</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="102"/>
        <source>{0} with one decimal point at most</source>
        <translation>{0}，最多一个小数点</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="104"/>
        <source>{0} with &quot;.&quot; as the decimal point</source>
        <translation>{0}，以“.”作小数点</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="106"/>
        <source>{0} with one kind of thousands separator</source>
        <translation>{0}，只用一种千位分隔符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="108"/>
        <source>{0} with thousands separators every 3 digits, such as 1,234,567.5</source>
        <translation>{0}，每 3 位一个千位分隔符，如 1,234,567.5</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="109"/>
        <source>{0} below one billion tonnes</source>
        <translation>{0}，小于十亿吨</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="110"/>
        <source>{0} of a sensible size</source>
        <translation>大小合理的{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="111"/>
        <source>{0} of zero or more</source>
        <translation>不小于零的{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="112"/>
        <source>{0} as text</source>
        <translation>文本形式的{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="113"/>
        <source>{0} as a number</source>
        <translation>数字形式的{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="115"/>
        <source>the origin country of a receipt or mining output</source>
        <translation>入库或开采产出的原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="117"/>
        <source>a country code such as CN or MM, or a country name</source>
        <translation>国家代码（如 CN、MM）或国家名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="118"/>
        <source>CN for mining output (mining is in China)</source>
        <translation>CN（开采产出均在中国境内）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="119"/>
        <source>the supplier or customer name</source>
        <translation>供应商或客户名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="121"/>
        <source>a credit code of 18 characters (this one has {0})</source>
        <translation>18 位的信用代码（现为 {0} 位）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="123"/>
        <source>a valid credit code (the last character should be {0}, not {1})</source>
        <translation>有效的信用代码（校验位应为 {0}，而不是 {1}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="125"/>
        <source>a valid credit code (a digit at position {1}, not &quot;{0}&quot;)</source>
        <translation>有效的信用代码（第 {1} 位应为数字，而不是“{0}”）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="127"/>
        <source>a valid credit code (position {1}: a digit or a capital letter except I, O, Z, S, V, not &quot;{0}&quot;)</source>
        <translation>有效的信用代码（第 {1} 位应为数字或 I、O、Z、S、V 以外的大写字母，而不是“{0}”）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="130"/>
        <source>a valid unified social credit code ({0})</source>
        <translation>有效的统一社会信用代码（{0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="132"/>
        <source>the destination country of a shipment</source>
        <translation>出库的目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="133"/>
        <source>no destination except on a shipment</source>
        <translation>空（只有出库才填目的国）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="135"/>
        <source>the customs declaration number of the import from {0}</source>
        <translation>自 {0} 进口的报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="137"/>
        <source>the customs declaration number of the export to {0}</source>
        <translation>出口至 {0} 的报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="139"/>
        <source>the production run of a feed or output</source>
        <translation>投料或产出的生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="141"/>
        <source>no production run except on feed and output</source>
        <translation>空（只有投料和产出才填生产批次）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="143"/>
        <source>a run that has been fed before its output (run {0})</source>
        <translation>产出前已有投料的生产批次（批次 {0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="145"/>
        <source>production runs that do not feed their own output back in</source>
        <translation>不把自身产出再投入的生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="146"/>
        <source>the reason for the adjustment</source>
        <translation>盘点调整的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="147"/>
        <source>at most {0} characters</source>
        <translation>最多 {0} 个字符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="149"/>
        <source>a date in an open month ({0} is closed; post a correction in an open month)</source>
        <translation>未结账月份的日期（{0} 已结账；请在未结账月份过账更正）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="151"/>
        <source>stock of lot {0} ({1}) to stay at or above zero</source>
        <translation>批号 {0}（{1}）的库存不低于零</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="153"/>
        <source>the {0} {1} quota ({2}) of {3} kg REO not to be exceeded</source>
        <translation>不超过 {0} 年{1}配额（{2}）{3} kg REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="154"/>
        <source>a reason for accepting the warnings</source>
        <translation>接受警告的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="155"/>
        <source>at least one movement</source>
        <translation>至少一条流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="157"/>
        <source>a reason for the reversal</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="158"/>
        <source>the number of a posted movement</source>
        <translation>已过账流水的编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="160"/>
        <source>an original movement (a reversal is not reversed again)</source>
        <translation>原始流水（冲销记录不能再冲销）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="161"/>
        <source>a movement not reversed yet</source>
        <translation>尚未冲销的流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="162"/>
        <source>a month as YYYY-MM</source>
        <translation>月份，格式为 YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="163"/>
        <source>a month that has ended</source>
        <translation>已经结束的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="165"/>
        <source>a month that has ended before it is closed</source>
        <translation>月份结束后才能结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="166"/>
        <source>an open month</source>
        <translation>未结账的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="167"/>
        <source>a closed month</source>
        <translation>已结账的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="168"/>
        <source>every month before {0} closed first</source>
        <translation>先结清 {0} 之前的所有月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="169"/>
        <source>no closed month after {0}</source>
        <translation>{0} 之后没有已结账的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="170"/>
        <source>a reason for reopening the month</source>
        <translation>重新开账的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="172"/>
        <source>the report file to write before the month is closed</source>
        <translation>结账前须写出的报表文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="174"/>
        <source>a ledger unchanged while the report was written</source>
        <translation>生成报表期间台账未被改动</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="176"/>
        <source>a year such as 2026</source>
        <translation>年份，如 2026</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="178"/>
        <source>mining (rock type), mining (ion-adsorption) or smelting separation</source>
        <translation>开采（岩矿型）、开采（离子型）或冶炼分离配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="180"/>
        <source>any origin, domestic or imported</source>
        <translation>不限来源、国内或进口</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="181"/>
        <source>a quota of more than 0 t REO</source>
        <translation>大于 0 吨 REO 的配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="183"/>
        <source>tonnes of REO of zero or more</source>
        <translation>不为负数的 REO 吨数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="184"/>
        <source>tonnes of REO ({0})</source>
        <translation>REO 吨数（{0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="185"/>
        <source>a batch number of 1 or more</source>
        <translation>不小于 1 的批次号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="186"/>
        <source>a reason for changing the allocation</source>
        <translation>更正配额的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="187"/>
        <source>the number of a recorded allocation</source>
        <translation>已录入配额的编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="188"/>
        <source>a change to the allocation</source>
        <translation>对配额的改动</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="190"/>
        <source>the enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="192"/>
        <source>an enterprise profile in the database</source>
        <translation>数据库中的企业信息</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="14"/>
        <source>one of the known column names ({0}, or their Chinese headers)</source>
        <translation>已知的列名（{0}）或对应的中文列名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="207"/>
        <source>a material code of 2-32 letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>由 2 至 32 个字母、数字、“-”或“_”组成的物料代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="209"/>
        <source>a category in {0} and a group in {1}</source>
        <translation>类别为 {0} 之一、分组为 {1} 之一</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="210"/>
        <source>a Chinese and an English name</source>
        <translation>中文名称和英文名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="211"/>
        <source>a default grade between 0 and 100 %</source>
        <translation>0 到 100% 之间的默认品位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="212"/>
        <source>an HS code of 6 to 10 digits</source>
        <translation>6 至 10 位数字的 HS 编码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="213"/>
        <source>a new material code</source>
        <translation>新的物料代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="239"/>
        <source>the same figures</source>
        <translation>与原来相同的数据</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="248"/>
        <source>an empty name</source>
        <translation>空的名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="249"/>
        <source>{0} and {1}</source>
        <translation>{0} 和 {1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="250"/>
        <source>{0}, which exists</source>
        <translation>{0}，该代码已存在</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="39"/>
        <source>old .xls workbooks are not supported; save it as .xlsx (Excel Workbook) or CSV UTF-8 and import again</source>
        <translation>不支持旧版 .xls 工作簿；请另存为 .xlsx（Excel 工作簿）或 CSV UTF-8 后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="42"/>
        <source>not a movement file; expected a .csv, .xlsx or .xlsm file</source>
        <translation>不是流水文件；须为 .csv、.xlsx 或 .xlsm 文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="43"/>
        <source>file not found</source>
        <translation>找不到该文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="44"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹而不是文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="45"/>
        <source>cannot be read ({0})</source>
        <translation>无法读取（{0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="47"/>
        <source>is an Excel workbook with a .csv name; rename it to .xlsx and import again</source>
        <translation>是以 .csv 命名的 Excel 工作簿；请改名为 .xlsx 后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="49"/>
        <source>is an old Excel .xls workbook with a .csv name; save it as .xlsx or CSV UTF-8 and import again</source>
        <translation>是以 .csv 命名的旧版 Excel .xls 工作簿；请另存为 .xlsx 或 CSV UTF-8 后重新导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="52"/>
        <source>cannot read Excel files: {0} is not installed</source>
        <translation>无法读取 Excel 文件：未安装 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="53"/>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="55"/>
        <source>not a readable Excel workbook (it is damaged, password-protected, or not really an .xlsx file)</source>
        <translation>不是可读取的 Excel 工作簿（文件已损坏、设有密码，或并非真正的 .xlsx 文件）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="58"/>
        <source>refused: the workbook contains XML entity declarations (a possible XML bomb)</source>
        <translation>已拒绝：工作簿含有 XML 实体声明（可能是 XML 炸弹）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="195"/>
        <source>the reason for the stocktake adjustments</source>
        <translation>盘点调整的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="196"/>
        <source>at least one counted lot</source>
        <translation>至少一个已盘点的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="197"/>
        <source>a lot of {0} in the ledger</source>
        <translation>台账中已有的 {0} 批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="199"/>
        <source>a counted mass of zero or more for lot {0} ({1})</source>
        <translation>批号 {0}（{1}）的盘点数量不小于零</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="10"/>
        <source>a readable CSV or xlsx movement file</source>
        <translation>可读取的 CSV 或 xlsx 流水文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="11"/>
        <source>at least one movement row</source>
        <translation>至少一行流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="12"/>
        <source>a header row naming the columns</source>
        <translation>写明各列名称的标题行</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="15"/>
        <source>each column only once</source>
        <translation>每列只出现一次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="16"/>
        <source>a column headed &quot;{0}&quot; or &quot;{1}&quot;</source>
        <translation>列名为“{0}”或“{1}”的列</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="17"/>
        <source>well-formed CSV</source>
        <translation>格式正确的 CSV</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="19"/>
        <source>UTF-8 text (in Excel or WPS use Save As, &quot;CSV UTF-8 (Comma delimited)&quot;)</source>
        <translation>UTF-8 编码的文本（在 Excel 或 WPS 中用“另存为”，选择“CSV UTF-8（逗号分隔）”）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="20"/>
        <source>{0} columns</source>
        <translation>{0} 列</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="21"/>
        <source>no value under an empty header cell</source>
        <translation>列名为空的列中没有数据</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="201"/>
        <source>a file name ending in .xlsx or .csv</source>
        <translation>以 .xlsx 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="202"/>
        <source>18 characters</source>
        <translation>18 个字符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="204"/>
        <source>the first 17 characters of a credit code</source>
        <translation>信用代码的前 17 位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="205"/>
        <source>a credit code as text</source>
        <translation>文本形式的信用代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="216"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="217"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="218"/>
        <source>{0} kg at the end of {1}</source>
        <translation>{1} 日终为 {0} kg</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="220"/>
        <source>{0} kg REO used with this movement</source>
        <translation>计入本笔后已用 {0} kg REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="221"/>
        <source>lot {0} of {1} does not exist</source>
        <translation>{1} 的批号 {0} 不存在</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="222"/>
        <source>lot {0} was received or mined</source>
        <translation>批号 {0} 由入库或开采建立</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="224"/>
        <source>lot {0} was made by a production run</source>
        <translation>批号 {0} 由生产批次产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="225"/>
        <source>lot {0}, whose origin is unknown</source>
        <translation>批号 {0}，原产地未知</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="227"/>
        <source>run {0} and lot {1} wait on each other</source>
        <translation>生产批次 {0} 与批号 {1} 互为前提</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="228"/>
        <source>no feed of that run</source>
        <translation>该批次没有投料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="229"/>
        <source>an empty reason</source>
        <translation>空的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="230"/>
        <source>{0} is already closed</source>
        <translation>{0} 已结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="231"/>
        <source>{0} is still open</source>
        <translation>{0} 尚未结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="232"/>
        <source>{0} is open</source>
        <translation>{0} 未结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="233"/>
        <source>{0} is closed; reopen it first</source>
        <translation>{0} 已结账，请先重新开账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="235"/>
        <source>movement {0} was already reversed by {1}</source>
        <translation>流水 {0} 已被流水 {1} 冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="236"/>
        <source>movement {0} reverses {1}</source>
        <translation>流水 {0} 是对流水 {1} 的冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="238"/>
        <source>movements were posted meanwhile; make the report again</source>
        <translation>期间有新流水过账，请重新生成报表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="240"/>
        <source>{0} g</source>
        <translation>{0} 克</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="242"/>
        <source>empty text</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="243"/>
        <source>an empty cell</source>
        <translation>空单元格</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="244"/>
        <source>{0}, which is not a number</source>
        <translation>{0}，不是数字</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="245"/>
        <source>the true/false value {0}</source>
        <translation>逻辑值 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="246"/>
        <source>a value of type {0}</source>
        <translation>{0} 类型的值</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/problem_sentences.py" line="247"/>
        <source>{0} characters</source>
        <translation>{0} 个字符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="24"/>
        <source>a blank cell</source>
        <translation>空单元格</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="25"/>
        <source>the date/time {0}</source>
        <translation>日期时间 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="26"/>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="27"/>
        <source>an empty first worksheet</source>
        <translation>第一个工作表为空</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="28"/>
        <source>no such column</source>
        <translation>没有该列</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="29"/>
        <source>it twice ({0} and {1})</source>
        <translation>出现了两次（{0} 和 {1}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="30"/>
        <source>a CSV error ({0})</source>
        <translation>CSV 格式错误（{0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="31"/>
        <source>{0} in field {1}</source>
        <translation>第 {1} 个字段中的 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="32"/>
        <source>{0} in column {1}</source>
        <translation>{1} 列中的 {0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="33"/>
        <source>bytes that are not UTF-8 text</source>
        <translation>不是 UTF-8 文本的字节</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="36"/>
        <source>text in the GBK (GB18030) encoding, which Chinese Excel and WPS use by default for plain CSV; it is not UTF-8</source>
        <translation>GBK（GB18030）编码的文本（中文版 Excel 和 WPS 保存普通 CSV 时默认使用此编码），不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/import_sentences.py" line="61"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="17"/>
        <source>{0} was written by a newer REE Desk (schema {1}); this program knows schemas up to {2}. Install the newer REE Desk to open it.</source>
        <translation>{0} 由更新版本的 REE Desk 写入（数据库结构版本 {1}），本程序只支持到 {2} 版本。请安装新版 REE Desk 后再打开。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="26"/>
        <source>the copy of {0} did not read back as a sound database ({1})</source>
        <translation>{0} 的备份副本读回校验未通过（{1}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="20"/>
        <source>{0} is not a REE Desk database (not an SQLite file)</source>
        <translation>{0} 不是 REE Desk 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="22"/>
        <source>{0} is not a REE Desk database (it has no schema version)</source>
        <translation>{0} 不是 REE Desk 数据库（没有数据库结构版本）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="24"/>
        <source>no database at {0}; create one with: ree-desk init --db {1}</source>
        <translation>{0} 处没有数据库；可运行以下命令创建：ree-desk init --db {1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="26"/>
        <source>{0} already exists; choose another file or open it</source>
        <translation>{0} 已存在；请换一个文件名，或直接打开该文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="31"/>
        <source>{0} already holds a REE Desk ledger; open it instead</source>
        <translation>{0} 中已有一本 REE Desk 台账；请直接打开它</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="31"/>
        <source>{0} already holds other tables ({1}); give REE Desk a database of its own</source>
        <translation>{0} 中已有其他数据表（{1}）；请为 REE Desk 单独建一个数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="31"/>
        <source>cannot open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="36"/>
        <source>lost the connection to {0} ({1}); nothing was written</source>
        <translation>与 {0} 的连接中断（{1}）；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="38"/>
        <source>lost the connection to {0} ({1})</source>
        <translation>与 {0} 的连接中断（{1}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="37"/>
        <source>a database on a PostgreSQL server needs the psycopg driver: pip install &apos;ree-desk[server]&apos;</source>
        <translation>使用 PostgreSQL 服务器上的数据库需要 psycopg 驱动：pip install &apos;ree-desk[server]&apos;</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="31"/>
        <source>the copy does not match the ledger, so it was not kept: {0}</source>
        <translation>副本与台账不符，未予保留：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="31"/>
        <source>the copy does not verify, so it was not kept: {0}</source>
        <translation>副本未通过校验，未予保留：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="28"/>
        <source>expected 18 characters, found {0}</source>
        <translation>应为 18 位，现为 {0} 位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="30"/>
        <source>check character should be {0}, found {1}</source>
        <translation>校验位应为 {0}，而不是 {1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="32"/>
        <source>expected a digit in positions 3 to 8 (the administrative-division code), found &quot;{0}&quot; at position {1}</source>
        <translation>第 3 至 8 位（行政区划码）应为数字，第 {1} 位却是“{0}”</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="35"/>
        <source>expected a digit or a capital letter other than I, O, Z, S and V, found &quot;{0}&quot; at position {1}</source>
        <translation>第 {1} 位应为数字或 I、O、Z、S、V 以外的大写字母，而不是“{0}”</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="39"/>
        <source>a negative {0} makes no sense here: expected {1} of zero or more, found {2}</source>
        <translation>此处不能为负数：应为不小于零的{1}；实际：{2}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="42"/>
        <source>the report for {0} was not written: {1} figure(s) disagree with the ledger: {2}</source>
        <translation>{0} 的报表未写出：有 {1} 个数字与台账不符：{2}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="48"/>
        <source>{0} warning(s) (negative stock, over quota or a repeat); nothing was written. Accept them with a reason to record the movements flagged</source>
        <translation>{0} 条警告（库存为负、超配额或重复录入），未写入任何内容。填写原因并接受警告后，这些流水将带标记入账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="51"/>
        <source>the reversal would leave the lot negative; accept it with a reason</source>
        <translation>冲销后该批号库存将为负数；须填写原因并接受警告</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/error_sentences.py" line="45"/>
        <source>{0} problem(s); nothing was written</source>
        <translation>{0} 个问题，未写入任何内容</translation>
    </message>
</context>
</TS>
