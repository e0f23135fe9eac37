<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="49" />
        <source>Add a quota allocation</source>
        <translation>新增配额指标</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="50" />
        <source>A batch of the year's quota as the allocation notice states it, in tonnes of rare-earth oxide (REO).</source>
        <translation>按配额下达文件录入本年度的一批配额，单位为稀土氧化物（REO）吨。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="53" />
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="56" />
        <source>Correct a quota allocation</source>
        <translation>更正配额指标</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="57" />
        <source>Correct batch {batch} of the {year} quota for {kind}. The change and its reason are kept in the audit trail.</source>
        <translation>更正 {year} 年{kind}配额第 {batch} 批。更正内容及原因将记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="70" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="77" />
        <source>Any origin (domestic and imported)</source>
        <translation>不限来源（国内及进口）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="78" />
        <source>Domestic origin only (CN)</source>
        <translation>仅限国内来源（CN）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="79" />
        <source>Imported origin only</source>
        <translation>仅限进口来源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="117" />
        <source>Allocation</source>
        <translation>配额指标</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/allocation.py" line="118" />
        <source>{field}: expected {expected}, found {found}</source>
        <translation>{field}：应为：{expected}；实际：{found}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="14" />
        <source>Quota allocation</source>
        <translation>配额指标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="56" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="91" />
        <source>&amp;Quota:</source>
        <translation>配额类别(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="104" />
        <source>&amp;Origin scope:</source>
        <translation>来源范围(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="117" />
        <source>&amp;Tonnes REO:</source>
        <translation>REO 吨数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="127" />
        <source>e.g. 1,250.5</source>
        <translation>例如 1,250.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="134" />
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="156" />
        <source>next batch</source>
        <translation>下一批</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="169" />
        <source>&amp;Document:</source>
        <translation>下达文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="179" />
        <source>the notice that allocates it, e.g. 工信部联原〔2026〕47号</source>
        <translation>下达配额的文件文号，例如 工信部联原〔2026〕47号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="186" />
        <source>&amp;Reason:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/allocation.ui" line="196" />
        <source>why the allocation changes (kept in the audit trail)</source>
        <translation>说明更正原因（记入审计记录）</translation>
    </message>
</context>
<context>
    <name>AllocationsModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="16" />
        <source>Quota</source>
        <translation>配额类别</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="17" />
        <source>Origin scope</source>
        <translation>来源范围</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="18" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="19" />
        <source>Tonnes REO</source>
        <translation>REO 吨数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="20" />
        <source>Document</source>
        <translation>下达文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="21" />
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/allocations.py" line="22" />
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/charts.py" line="366" />
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="117" />
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="138" />
        <source>Could not read the figures: {error}</source>
        <translation>无法读取数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="146" />
        <source>No stock</source>
        <translation>无库存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="154" />
        <source>as of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="155" />
        <source>Quota headroom {year}</source>
        <translation>{year} 年配额余量</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="173" />
        <source>Report for {month} · overdue by 1 day</source>
        <translation>{month} 月报 · 已逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="174" />
        <source>Report for {month} · overdue by {days} days</source>
        <translation>{month} 月报 · 已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="178" />
        <source>Report for {month} · due today</source>
        <translation>{month} 月报 · 今天截止</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="179" />
        <source>Report for {month} · 1 day left</source>
        <translation>{month} 月报 · 还剩 1 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="180" />
        <source>Report for {month} · {days} days left</source>
        <translation>{month} 月报 · 还剩 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="189" />
        <source>Every month is closed</source>
        <translation>各月均已结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="193" />
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="201" />
        <source>No quota this year</source>
        <translation>本年度无配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="204" />
        <source>{count} of {total}</source>
        <translation>{count} / {total} 项</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="209" />
        <source>Every quota is below 80 % used</source>
        <translation>各项配额使用均低于 80%</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="211" />
        <source>{count} over the allocation</source>
        <translation>{count} 项已超配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="213" />
        <source>{count} at 95 % or more</source>
        <translation>{count} 项已用 95% 以上</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="215" />
        <source>80 % or more used</source>
        <translation>已用 80% 以上</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="235" />
        <source>Over the allocation</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="266" />
        <source>End of {date}</source>
        <translation>截至 {date} 日终</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="279" />
        <source>1 lot in stock</source>
        <translation>库存批号 1 个</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="280" />
        <source>{count} lots in stock</source>
        <translation>库存批号 {count} 个</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="285" />
        <source>{unit} REO</source>
        <translation>{unit}（REO）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="37" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="71" />
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="74" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="122" />
        <source>Next report due</source>
        <translation>下次报送截止</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="152" />
        <source>Months open</source>
        <translation>未结账月份</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="182" />
        <source>Quota warnings</source>
        <translation>配额预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="208" />
        <source>Quota headroom</source>
        <translation>配额余量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="227" />
        <source>No quota allocated and none used this year. Add the year's allocations on the Quotas screen.</source>
        <translation>本年度尚未下达配额，也没有配额使用。请在“配额”页面录入本年度配额。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="248" />
        <source>Stock by material group</source>
        <translation>各物料类别库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="276" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="287" />
        <source>Net mass</source>
        <translation>净重</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="292" />
        <source>REO content</source>
        <translation>REO 折量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.ui" line="308" />
        <source>Latest movements</source>
        <translation>最新流水</translation>
    </message>
</context>
<context>
    <name>LatestMovementsModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="41" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="42" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="43" />
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="44" />
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="45" />
        <source>Mass ({unit})</source>
        <translation>净重（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="46" />
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="76" />
        <source>Reverses movement #{id}</source>
        <translation>冲销流水 #{id}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/latest_movements.py" line="79" />
        <source>Recorded with a warning (negative stock, over quota or a repeat)</source>
        <translation>带警告入账（库存为负、超配额或重复录入）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ree_desk/gui/screens/dashboard.py" line="45" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="51" />
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
</context>
<context>
    <name>QuotaCard</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="37" />
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="135" />
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="40" />
        <source>Allocated {allocated} t, remaining {remaining} t</source>
        <translation>配额 {allocated} 吨，剩余 {remaining} 吨</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="43" />
        <source>No allocation</source>
        <translation>无配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="51" />
        <source>{tonnes} t REO</source>
        <translation>{tonnes} 吨 REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="125" />
        <source>used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="126" />
        <source>{used} t REO used of {allocated} t</source>
        <translation>已用 {used} 吨 REO，配额 {allocated} 吨</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="130" />
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="131" />
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="136" />
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="139" />
        <source>{tonnes} t</source>
        <translation>{tonnes} 吨</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="132" />
        <source>nothing allocated</source>
        <translation>未下达配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="138" />
        <source>Over the quota by</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="140" />
        <source>of {tonnes} t REO</source>
        <translation>配额 {tonnes} 吨 REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="154" />
        <source>Record its allocation on the Quotas screen</source>
        <translation>请在“配额”页面录入本年度配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="156" />
        <source>Used up; every further tonne is over the quota</source>
        <translation>已用完，继续使用即超配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="158" />
        <source>Nothing used yet this year</source>
        <translation>本年度尚未使用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="161" />
        <source>Runs out about {date} at this year's rate</source>
        <translation>按本年进度，约 {date} 用完</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/quota_card.py" line="162" />
        <source>Lasts the year at this rate (to {date})</source>
        <translation>按本年进度可用满全年（至 {date}）</translation>
    </message>
</context>
<context>
    <name>QuotaNames</name>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="17" />
        <source>Mining, rock type</source>
        <translation>开采（岩矿型）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="18" />
        <source>Mining, ion-adsorption</source>
        <translation>开采（离子型）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="19" />
        <source>Smelting separation</source>
        <translation>冶炼分离</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="22" />
        <source>any origin</source>
        <translation>不限来源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="23" />
        <source>domestic</source>
        <translation>国内</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="24" />
        <source>imported</source>
        <translation>进口</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="27" />
        <source>Within quota</source>
        <translation>配额充足</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="28" />
        <source>80 % or more used</source>
        <translation>已用 80% 以上</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="29" />
        <source>95 % or more used</source>
        <translation>已用 95% 以上</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="30" />
        <source>Quota exceeded</source>
        <translation>已超配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="31" />
        <source>No allocation this year</source>
        <translation>本年度无配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="34" />
        <source>Crude ore</source>
        <translation>原矿</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="35" />
        <source>Ore products</source>
        <translation>矿产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="36" />
        <source>Secondary (scrap)</source>
        <translation>二次资源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="37" />
        <source>Separated products</source>
        <translation>冶炼分离产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="38" />
        <source>Metals</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="39" />
        <source>Magnets</source>
        <translation>磁材</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="42" />
        <source>Light REE</source>
        <translation>轻稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="43" />
        <source>Medium-heavy REE</source>
        <translation>中重稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="46" />
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="47" />
        <source>Mining output</source>
        <translation>开采产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="48" />
        <source>Separation feed</source>
        <translation>冶炼分离投料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="49" />
        <source>Product output</source>
        <translation>产品产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="50" />
        <source>Shipment</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="51" />
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="72" />
        <source>{kind} · {scope}</source>
        <translation>{kind}·{scope}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/quota_names.py" line="100" />
        <source>mixed origins</source>
        <translation>多来源</translation>
    </message>
</context>
<context>
    <name>QuotasScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="121" />
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="137" />
        <source>Could not read the quotas: {error}</source>
        <translation>无法读取配额：{error}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="183" />
        <source>No quota allocated or used in this year</source>
        <translation>本年度没有下达配额，也没有使用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="184" />
        <source>Allocation (100 %)</source>
        <translation>配额（100%）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="184" />
        <source>Over the allocation</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="185" />
        <source>share of the allocation</source>
        <translation>占配额比例</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="186" />
        <source>No quota used in this year</source>
        <translation>本年度尚无配额使用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="187" />
        <source>t REO</source>
        <translation>吨 REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="201" />
        <source>Allocations {year}</source>
        <translation>{year} 年配额指标</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="208" />
        <source>Use by origin {year}</source>
        <translation>{year} 年按原产国使用情况</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="224" />
        <source>{quota} {tonnes} t</source>
        <translation>{quota} {tonnes} 吨</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="228" />
        <source>Nothing allocated for this year yet. Add the batches of the allocation notice with "Add allocation" (Ctrl+N).</source>
        <translation>本年度尚未录入配额。请用“新增配额”（Ctrl+N）按下达文件逐批录入。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/quotas.py" line="230" />
        <source>Allocated: {lines}</source>
        <translation>已下达：{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="37" />
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="60" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="97" />
        <source>Add a batch of the year's quota (Ctrl+N)</source>
        <translation>新增一批本年度配额（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="100" />
        <source>&amp;Add allocation…</source>
        <translation>新增配额(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="107" />
        <source>Correct the selected allocation, with a reason (Enter)</source>
        <translation>更正所选配额，需填写原因（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="110" />
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="126" />
        <source>Allocations</source>
        <translation>配额指标</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="189" />
        <source>Use by origin</source>
        <translation>按原产国使用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="197" />
        <source>Use by month</source>
        <translation>按月使用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quotas.ui" line="205" />
        <source>&amp;Quota:</source>
        <translation>配额类别(&amp;Q)：</translation>
    </message>
</context>
</TS>