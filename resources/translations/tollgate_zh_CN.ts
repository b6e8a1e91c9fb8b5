<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditText</name>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>评分模板</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>added</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>valuation (CNY)</source>
        <translation>估值（元）</translation>
    </message>
    <message>
        <source>ask (CNY)</source>
        <translation>融资额（元）</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>lead analyst</source>
        <translation>负责分析师</translation>
    </message>
    <message>
        <source>exit route</source>
        <translation>退出路径</translation>
    </message>
    <message>
        <source>expected exit year</source>
        <translation>预计退出年份</translation>
    </message>
    <message>
        <source>fund end year</source>
        <translation>基金到期年份</translation>
    </message>
    <message>
        <source>dominant incumbent</source>
        <translation>与占绝对优势的在位者正面竞争</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>payers</source>
        <translation>付费方数量</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>target margin</source>
        <translation>目标毛利率</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>今年销量</translation>
    </message>
    <message>
        <source>cumulative volume</source>
        <translation>累计产量</translation>
    </message>
    <message>
        <source>volume growth</source>
        <translation>销量增速</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>price erosion</source>
        <translation>年降价幅度</translation>
    </message>
    <message>
        <source>horizon (years)</source>
        <translation>测算期（年）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>附加条件</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>market gate</source>
        <translation>市场门槛</translation>
    </message>
    <message>
        <source>cost gate</source>
        <translation>成本门槛</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>knockout</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>blind scoring</source>
        <translation>盲评</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>no</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>备份 %1 已不存在。</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>无法移开 %1；未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1; nothing was changed.</source>
        <translation>无法把备份复制到 %1；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation>无法把图表写入 %1：%2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码图像</translation>
    </message>
    <message>
        <source>Chart exported from Tollgate</source>
        <translation>由 Tollgate 导出的图表</translation>
    </message>
    <message>
        <source>A chart can be saved as .png or .svg, not as &quot;%1&quot;.</source>
        <translation>图表只能保存为 .png 或 .svg，不能保存为 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n project(s)</source>
        <translation>
            <numerusform>%n 个项目对比</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared %1. The best value of each row is in bold on green.</source>
        <translation>生成于 %1。每行的最优值以绿底粗体标出。</translation>
    </message>
    <message>
        <source>Criteria of each project (mean of the analysts&apos; latest scorecards):</source>
        <translation>各项目的指标得分（分析师最新评分卡的平均分）：</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>CompositeBoxPlotChartBuilder</name>
    <message>
        <source>Composite score per segment</source>
        <translation>各赛道综合分</translation>
    </message>
    <message>
        <source>Composite √(M × C)</source>
        <translation>综合分 √(M × C)</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>离群值</translation>
    </message>
    <message>
        <source>Mean M</source>
        <translation>平均 M</translation>
    </message>
    <message>
        <source>Mean C</source>
        <translation>平均 C</translation>
    </message>
    <message>
        <source>%1 projects · median %2 · quartiles %3–%4 · whiskers %5–%6</source>
        <translation>%1 个项目 · 中位数 %2 · 四分位 %3–%4 · 须线 %5–%6</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
</context>
<context>
    <name>CostCurveChart</name>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Price × (1 − target margin)</source>
        <translation>价格 × (1 − 目标毛利率)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Years from now</source>
        <translation>距今年数</translation>
    </message>
    <message>
        <source>CNY per unit</source>
        <translation>元/件</translation>
    </message>
    <message>
        <source>Profitable cost in %1</source>
        <translation>%1后达到盈利成本</translation>
    </message>
    <message>
        <source>Fund ends</source>
        <translation>基金到期</translation>
    </message>
    <message>
        <source>Cost reaches a profitable level in %1</source>
        <translation>成本 %1后降到可盈利水平</translation>
    </message>
    <message>
        <source>Cost does not reach a profitable level within %1 years</source>
        <translation>成本在 %1 年内降不到可盈利水平</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <source>The unit cost (%1) must be greater than 0; got %2.</source>
        <translation>单位成本（%1）必须大于 0；实际为 %2。</translation>
    </message>
    <message>
        <source>The price (%1) must be greater than 0; got %2.</source>
        <translation>价格（%1）必须大于 0；实际为 %2。</translation>
    </message>
    <message>
        <source>The target gross margin (%1) must be at least 0 and below 1; got %2.</source>
        <translation>目标毛利率（%1）必须不小于 0 且小于 1；实际为 %2。</translation>
    </message>
    <message>
        <source>This year&apos;s volume in units (%1) must be greater than 0; got %2.</source>
        <translation>今年销量（%1）必须大于 0；实际为 %2。</translation>
    </message>
    <message>
        <source>The cumulative units made so far (%1) must be greater than 0; got %2.</source>
        <translation>累计产量（%1）必须大于 0；实际为 %2。</translation>
    </message>
    <message>
        <source>The annual volume growth (%1) must be greater than -1; got %2.</source>
        <translation>年销量增速（%1）必须大于 -1；实际为 %2。</translation>
    </message>
    <message>
        <source>The learning rate (%1) must be greater than 0 and at most 1; got %2.</source>
        <translation>学习率（%1）必须大于 0 且不超过 1；实际为 %2。</translation>
    </message>
    <message>
        <source>The annual price erosion (%1) must be at least 0 and below 1; got %2.</source>
        <translation>年降价幅度（%1）必须不小于 0 且小于 1；实际为 %2。</translation>
    </message>
    <message>
        <source>The horizon (%1) must be greater than 0 and at most 100 years; got %2.</source>
        <translation>测算期（%1）必须大于 0 且不超过 100 年；实际为 %2。</translation>
    </message>
    <message>
        <source>The cost-model input %1 is missing.</source>
        <translation>缺少成本模型参数 %1。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed; every opening &quot; needs a closing &quot;.</source>
        <translation>第 %1 行：有一个带引号的字段没有闭合；每个开头的 &quot; 都需要一个结尾的 &quot;。</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>第 %1 行：结尾引号后面还有文字；在带引号的字段中，引号要写成 &quot;&quot;。</translation>
    </message>
</context>
<context>
    <name>EvaluationRequest</name>
    <message>
        <source>%1 must be a year from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的年份。</translation>
    </message>
    <message>
        <source>template: &quot;%1&quot; is not a known template; only &quot;default&quot; is.</source>
        <translation>template：&quot;%1&quot; 不是已知模板；只有 &quot;default&quot;。</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 100.</source>
        <translation>%1 必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>%1: %2 is not a criterion of the template.</source>
        <translation>%1：%2 不是该模板的指标。</translation>
    </message>
    <message>
        <source>scores is required: an object of criterion keys and scores 0 to 5.</source>
        <translation>scores 为必填项：一个以指标键为键、0 到 5 分为值的对象。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 5, or null for not scored; got %2.</source>
        <translation>%1 必须是 0 到 5 的整数，未评分则为 null；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and at most %2; got %3.</source>
        <translation>%1 必须大于 0 且不超过 %2；实际为 %3。</translation>
    </message>
</context>
<context>
    <name>ExitRoute</name>
    <message>
        <source>STAR</source>
        <comment>exit route: the STAR Market in Shanghai</comment>
        <translation>科创板</translation>
    </message>
    <message>
        <source>HKEX</source>
        <comment>exit route: a listing in Hong Kong</comment>
        <translation>港股</translation>
    </message>
    <message>
        <source>M&amp;A</source>
        <comment>exit route: a trade sale</comment>
        <translation>并购</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Tollgate databases (*.%1);;All files (*)</source>
        <translation>Tollgate 数据库 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Import projects</source>
        <translation>导入项目</translation>
    </message>
    <message>
        <source>Project files (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>项目文件 (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export projects</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv);;JSON, everything (*.json);;Excel workbook, to read (*.xlsx)</source>
        <translation>CSV，用于电子表格 (*.csv);;JSON，包含全部内容 (*.json);;Excel 工作簿，供阅读 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>%1: the file name must end in .csv or .json.</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. The old file is unchanged.</source>
        <translation>无法写入 %1：%2。原文件未作改动。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv, .json or .xlsx.</source>
        <translation>%1：文件名必须以 .csv、.json 或 .xlsx 结尾。</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>1 row is invalid; nothing was imported: %1</source>
        <translation>1 行无效，未导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 rows are invalid; nothing was imported: %2</source>
        <translation>%1 行无效，未导入任何内容：%2</translation>
    </message>
    <message>
        <source>--encoding gb18030 applies to CSV files; JSON files are always UTF-8.</source>
        <translation>--encoding gb18030 只适用于 CSV 文件；JSON 文件总是 UTF-8。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <source>Total addressable market (TAM)</source>
        <translation>总可及市场（TAM）</translation>
    </message>
    <message>
        <source>e.g. 3.2e9 or 32亿</source>
        <translation>例如 3.2e9 或 32亿</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Serviceable market (SAM)</source>
        <translation>可服务市场（SAM）</translation>
    </message>
    <message>
        <source>e.g. 8亿 or 0.8bn</source>
        <translation>例如 8亿 或 0.8bn</translation>
    </message>
    <message>
        <source>Market growth (CAGR)</source>
        <translation>市场增速（CAGR）</translation>
    </message>
    <message>
        <source>e.g. 0.25 or 25%</source>
        <translation>例如 0.25 或 25%</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Number of payers</source>
        <translation>付费方数量</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>例如 40</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>家买方</translation>
    </message>
    <message>
        <source>Unit cost today</source>
        <translation>当前单位成本</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>例如 120</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>当前价格</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>例如 100</translation>
    </message>
    <message>
        <source>Target gross margin</source>
        <translation>目标毛利率</translation>
    </message>
    <message>
        <source>e.g. 0.3 or 30%</source>
        <translation>例如 0.3 或 30%</translation>
    </message>
    <message>
        <source>Volume this year</source>
        <translation>今年销量</translation>
    </message>
    <message>
        <source>e.g. 10000</source>
        <translation>例如 10000</translation>
    </message>
    <message>
        <source>units</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Units made so far</source>
        <translation>累计产量</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>例如 20000</translation>
    </message>
    <message>
        <source>Volume growth</source>
        <translation>销量增速</translation>
    </message>
    <message>
        <source>e.g. 0.6 or 60%</source>
        <translation>例如 0.6 或 60%</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>e.g. 0.85</source>
        <translation>例如 0.85</translation>
    </message>
    <message>
        <source>× cost per doubling</source>
        <translation>× 每翻一倍后的成本</translation>
    </message>
    <message>
        <source>Price erosion</source>
        <translation>年降价幅度</translation>
    </message>
    <message>
        <source>e.g. 0.05 or 5%</source>
        <translation>例如 0.05 或 5%</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>测算期</translation>
    </message>
    <message>
        <source>10 if empty</source>
        <translation>留空则为 10</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 必须是有限数值。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more; got %2.</source>
        <translation>%1 必须是不小于 0 的整数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be negative; got %2.</source>
        <translation>%1 不能为负数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be greater than -1 (a fall of 100%); got %2.</source>
        <translation>%1 必须大于 -1（即下降 100%）；实际为 %2。</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>a JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 at character %2.</source>
        <translation>输入不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>The input must be one JSON object.</source>
        <translation>输入必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is not a known key.</source>
        <translation>%1 不是已知的键。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 must be a JSON array.</source>
        <translation>%1 必须是 JSON 数组。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>; </source>
        <extracomment>between the items of a list in one sentence; Chinese uses the full-width semicolon</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>between names or short items of a list; Chinese uses the enumeration comma</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Votes: %1 yes, %2 no, %3 abstain</source>
        <translation>投票：%1 票赞成，%2 票反对，%3 票弃权</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>会议纪要：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>参会人：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The agenda was empty.</source>
        <translation>议程为空。</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>Did not vote: %1</source>
        <translation>未投票：%1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>会议：%1</translation>
    </message>
    <message>
        <source>Meeting pack — Confidential</source>
        <translation>会议材料包 — 机密</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>议程为空。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Scores by %1 on %2 against their screening of %3</source>
        <translation>%1 于 %2 的评分，对比其 %3 的评估</translation>
    </message>
    <message>
        <source>Meeting pack — %1</source>
        <translation>会议材料包 — %1</translation>
    </message>
    <message>
        <source>Cannot write the meeting pack to %1: no such folder.</source>
        <translation>无法把会议材料包写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>More diligence</source>
        <translation>补充尽调</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
</context>
<context>
    <name>MemoDocument</name>
    <message>
        <source>Investment memo — %1</source>
        <translation>投资备忘录 — %1</translation>
    </message>
</context>
<context>
    <name>MemoFile</name>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>%1 must end in .pdf or .html.</source>
        <translation>%1 必须以 .pdf 或 .html 结尾。</translation>
    </message>
</context>
<context>
    <name>MemoHtmlWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>MemoMarkup</name>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Investment memo</source>
        <translation>投资备忘录</translation>
    </message>
    <message>
        <source>%1 · %2 · Prepared by %3 · %4</source>
        <translation>%1 · %2 · 撰写人 %3 · %4</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Market M</source>
        <translation>市场 M</translation>
    </message>
    <message>
        <source>Cost C</source>
        <translation>成本 C</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <source>Gates: market %1, cost %2. Red flags and knock-outs: %3 (section 6). The scores aggregate the latest scorecard of: %4.</source>
        <translation>门槛：市场 %1，成本 %2。风险信号和一票否决项：%3（见第 6 节）。得分汇总自以下分析师的最新评分卡：%4。</translation>
    </message>
    <message>
        <source>no analyst yet</source>
        <translation>尚无分析师</translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation>项目概况</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>融资额</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>Lead analyst</source>
        <translation>负责分析师</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>置信度：%1</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>未记录依据。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Evidence and confidence</source>
        <translation>依据与置信度</translation>
    </message>
    <message>
        <source>knock-out</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>未评分。</translation>
    </message>
    <message>
        <source>Suggested %1 from %2: %3 (the analysts&apos; score is what counts: %4).</source>
        <translation>根据%2给出的 %1 建议分：%3（以分析师评分为准：%4）。</translation>
    </message>
    <message>
        <source>Question 1 — Is the market big enough? (M %1)</source>
        <translation>问题一 — 市场空间是否足够大？（M %1）</translation>
    </message>
    <message>
        <source>Question 2 — Can cost reach a profitable level in visible time? (C %1)</source>
        <translation>问题二 — 成本能否在可见的时间内降到可盈利水平？（C %1）</translation>
    </message>
    <message>
        <source>Market inputs</source>
        <translation>市场参数</translation>
    </message>
    <message>
        <source>the TAM</source>
        <translation>TAM</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>成本模型</translation>
    </message>
    <message>
        <source>No market inputs recorded.</source>
        <translation>未记录市场参数。</translation>
    </message>
    <message>
        <source>TAM (total addressable market)</source>
        <translation>TAM（总可及市场）</translation>
    </message>
    <message>
        <source>SAM (serviceable market)</source>
        <translation>SAM（可服务市场）</translation>
    </message>
    <message>
        <source>Market growth (CAGR)</source>
        <translation>市场增速（CAGR）</translation>
    </message>
    <message>
        <source>Buyers willing to pay</source>
        <translation>愿意买单的买方</translation>
    </message>
    <message>
        <source>No cost model inputs recorded, so there is no cost curve.</source>
        <translation>未记录成本模型参数，因此没有成本曲线。</translation>
    </message>
    <message>
        <source>The cost model inputs are not usable: %1</source>
        <translation>成本模型参数无法使用：%1</translation>
    </message>
    <message>
        <source>Unit cost today</source>
        <translation>当前单位成本</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>当前价格</translation>
    </message>
    <message>
        <source>Target gross margin</source>
        <translation>目标毛利率</translation>
    </message>
    <message>
        <source>Volume this year (units)</source>
        <translation>今年销量（件）</translation>
    </message>
    <message>
        <source>Cumulative units so far</source>
        <translation>累计产量</translation>
    </message>
    <message>
        <source>Annual volume growth</source>
        <translation>年销量增速</translation>
    </message>
    <message>
        <source>Learning rate (cost per doubling)</source>
        <translation>学习率（每翻一倍后的成本）</translation>
    </message>
    <message>
        <source>Annual price erosion</source>
        <translation>年降价幅度</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>测算期</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Years to profitable cost</source>
        <translation>降到盈利成本所需年数</translation>
    </message>
    <message>
        <source>Cost curve</source>
        <translation>成本曲线</translation>
    </message>
    <message>
        <source>the years to profitable cost</source>
        <translation>降到盈利成本所需年数</translation>
    </message>
    <message>
        <source>Screening matrix</source>
        <translation>筛选矩阵</translation>
    </message>
    <message>
        <source>The project has no place on the matrix until both questions are scored.</source>
        <translation>两个问题都评分后，项目才会出现在矩阵上。</translation>
    </message>
    <message>
        <source>The project (the star) at M %1, C %2 among the projects of its segment, %3 (%4 in all).</source>
        <translation>本项目（星标）位于 M %1、C %2，与同赛道项目（%3，共 %4 个）对比。</translation>
    </message>
    <message>
        <source>Red flags and knock-outs</source>
        <translation>风险信号与一票否决项</translation>
    </message>
    <message>
        <source>No red flags and no knock-outs.</source>
        <translation>没有风险信号，也没有一票否决项。</translation>
    </message>
    <message>
        <source>Knock-out:</source>
        <translation>一票否决：</translation>
    </message>
    <message>
        <source>%1 %2 scored 0.</source>
        <translation>%1 %2 得 0 分。</translation>
    </message>
    <message>
        <source>Red flag:</source>
        <translation>风险信号：</translation>
    </message>
    <message>
        <source>Analysts&apos; agreement</source>
        <translation>分析师意见一致性</translation>
    </message>
    <message>
        <source>No analyst has scored the project yet.</source>
        <translation>还没有分析师给这个项目评分。</translation>
    </message>
    <message>
        <source>Only %1 has scored the project, so there is no spread to show.</source>
        <translation>只有 %1 给这个项目评过分，因此没有分差可显示。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分差</translation>
    </message>
    <message>
        <source>Criteria where the analysts disagree (a spread of 2 or more, marked ▲): %1.</source>
        <translation>分析师有分歧的指标（分差达到 2 分及以上，标 ▲）：%1。</translation>
    </message>
    <message>
        <source>Exit considerations</source>
        <translation>退出考量</translation>
    </message>
    <message>
        <source>Exit route</source>
        <translation>退出路径</translation>
    </message>
    <message>
        <source>Expected exit year</source>
        <translation>预计退出年份</translation>
    </message>
    <message>
        <source>Fund end year</source>
        <translation>基金到期年份</translation>
    </message>
    <message>
        <source>The expected exit in %1 falls after the fund ends in %2: the fund would have to sell before the exit or extend its life.</source>
        <translation>预计 %1 年退出，晚于基金到期的 %2 年：基金要么在退出前转让，要么延长存续期。</translation>
    </message>
    <message>
        <source>The expected exit falls within the fund&apos;s life.</source>
        <translation>预计退出时间在基金存续期内。</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>决策历史</translation>
    </message>
    <message>
        <source>No meeting has had the project on its agenda yet.</source>
        <translation>该项目还没有上过任何会议的议程。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>条件与备注</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an attendee&apos;s vote in the memo&apos;s decision history: &quot;周明哲：赞成&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MemoPageRenderer</name>
    <message>
        <source>The page device could not be opened for painting.</source>
        <translation>无法打开页面设备进行绘制。</translation>
    </message>
</context>
<context>
    <name>MemoPdfWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>MemoText</name>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Not every criterion is scored yet (unscored: %1), so there is no verdict until they are.</source>
        <translation>还有指标未评分（未评分：%1），全部评分之前没有结论。</translation>
    </message>
    <message>
        <source>Both questions clear their gates: the market (M %1 ≥ %2) and the path to profitable cost (C %3 ≥ %4).</source>
        <translation>两个问题都过了门槛：市场空间（M %1 ≥ %2）和降本路径（C %3 ≥ %4）。</translation>
    </message>
    <message>
        <source>The path to profitable cost clears its gate (C %3 ≥ %4) but the market does not (M %1 &lt; %2).</source>
        <translation>降本路径过了门槛（C %3 ≥ %4），但市场空间没有（M %1 &lt; %2）。</translation>
    </message>
    <message>
        <source>The market clears its gate (M %1 ≥ %2) but the path to profitable cost does not (C %3 &lt; %4).</source>
        <translation>市场空间过了门槛（M %1 ≥ %2），但降本路径没有（C %3 &lt; %4）。</translation>
    </message>
    <message>
        <source>Knock-out: %1 scored 0, which declines the project whatever the other scores.</source>
        <translation>一票否决：%1 得 0 分，无论其他得分如何，项目都被否决。</translation>
    </message>
    <message>
        <source>Neither question clears its gate: the market (M %1 &lt; %2) nor the path to profitable cost (C %3 &lt; %4).</source>
        <translation>两个问题都没过门槛：市场空间（M %1 &lt; %2）和降本路径（C %3 &lt; %4）。</translation>
    </message>
    <message>
        <source>not within the %1-year horizon</source>
        <translation>%1 年测算期内达不到</translation>
    </message>
    <message>
        <source>already profitable (0 years)</source>
        <translation>已经盈利（0 年）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Substitution story without customer acceptance: downstream acceptance M5 is %1 (≤ 1).</source>
        <translation>只讲国产替代、缺少客户认可：下游接受度 M5 为 %1（≤ 1）。</translation>
    </message>
    <message>
        <source>Fragmented market with no general product: M6 is %1 (≤ 1).</source>
        <translation>市场碎片化，没有通用产品：M6 为 %1（≤ 1）。</translation>
    </message>
    <message>
        <source>Export-control exposure of key inputs: C5 is %1 (≤ 1).</source>
        <translation>关键投入品受出口管制影响：C5 为 %1（≤ 1）。</translation>
    </message>
    <message>
        <source>Profitable cost is not reached before the fund ends in %1 (years to profitable cost: %2).</source>
        <translation>在基金 %1 年到期之前，成本降不到可盈利水平（降到盈利成本所需年数：%2）。</translation>
    </message>
    <message>
        <source>The expected exit in %1 falls after the fund ends in %2.</source>
        <translation>预计 %1 年退出，晚于基金到期的 %2 年。</translation>
    </message>
    <message>
        <source>Head-on with a dominant incumbent (ticked by the analyst).</source>
        <translation>与占绝对优势的在位者正面竞争（由分析师勾选）。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Score every criterion of both questions to get a verdict.</source>
        <translation>给两个问题的每条指标评分后才能得出结论。</translation>
    </message>
    <message>
        <source>Both questions pass their gates.</source>
        <translation>两个问题都过了门槛。</translation>
    </message>
    <message>
        <source>The cost path passes, but the market is not big enough yet.</source>
        <translation>降本路径过关，但市场空间还不够大。</translation>
    </message>
    <message>
        <source>The market is big enough, but cost does not reach a profitable level in time.</source>
        <translation>市场空间足够大，但成本无法及时降到可盈利水平。</translation>
    </message>
    <message>
        <source>A knock-out fired, or neither question passes its gate.</source>
        <translation>触发了一票否决，或两个问题都未过门槛。</translation>
    </message>
    <message>
        <source>substitution without customer acceptance</source>
        <translation>国产替代缺少客户认可</translation>
    </message>
    <message>
        <source>fragmented market, no general product</source>
        <translation>市场碎片化，没有通用产品</translation>
    </message>
    <message>
        <source>export-control exposure of inputs</source>
        <translation>投入品受出口管制影响</translation>
    </message>
    <message>
        <source>profitable cost after the fund&apos;s end</source>
        <translation>基金到期后才达到盈利成本</translation>
    </message>
    <message>
        <source>exit after the fund&apos;s end</source>
        <translation>退出晚于基金到期</translation>
    </message>
    <message>
        <source>head-on with a dominant incumbent</source>
        <translation>与占绝对优势的在位者正面竞争</translation>
    </message>
    <message>
        <source>Substitution story without customer acceptance (M5 ≤ 1): simple domestic substitution is no longer enough.</source>
        <translation>只讲国产替代、缺少客户认可（M5 ≤ 1）：简单的国产替代已经没用了。</translation>
    </message>
    <message>
        <source>Fragmented market with no general product (M6 ≤ 1).</source>
        <translation>市场碎片化，且没有通用产品（M6 ≤ 1）。</translation>
    </message>
    <message>
        <source>Key inputs exposed to export controls (C5 ≤ 1).</source>
        <translation>关键投入品受出口管制影响（C5 ≤ 1）。</translation>
    </message>
    <message>
        <source>Profitable cost is not reached before the fund&apos;s end year.</source>
        <translation>在基金到期之前，成本降不到可盈利水平。</translation>
    </message>
    <message>
        <source>The expected exit year is after the fund&apos;s end year.</source>
        <translation>预计退出年份晚于基金到期年份。</translation>
    </message>
    <message>
        <source>Head-on with a dominant incumbent (ticked on the project).</source>
        <translation>与占绝对优势的在位者正面竞争（已在项目中勾选）。</translation>
    </message>
</context>
<context>
    <name>PortfolioJson</name>
    <message>
        <source>%1 must be a whole number; got %2.</source>
        <translation>%1 必须是整数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 must be a year from %2 to %3; got %4.</source>
        <translation>%1 必须是 %2 到 %3 之间的年份；实际为 %4。</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD; got &quot;%2&quot;.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期；实际为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 must be a time written YYYY-MM-DDThh:mm:ssZ; got &quot;%2&quot;.</source>
        <translation>%1 必须是 YYYY-MM-DDThh:mm:ssZ 格式的时间；实际为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; got &quot;%3&quot;.</source>
        <translation>%1 必须是 %2 之一；实际为 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>%1 must not be negative; got %2.</source>
        <translation>%1 不能为负数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be greater than -1 (a fall of 100 %); got %2.</source>
        <translation>%1 必须大于 -1（即下降 100%）；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 5, or null for not scored; got %2.</source>
        <translation>%1 必须是 0 到 5 的整数，未评分则为 null；实际为 %2。</translation>
    </message>
    <message>
        <source>%1: %2 is not a criterion of the template.</source>
        <translation>%1：%2 不是该模板的指标。</translation>
    </message>
    <message>
        <source>%1 must be 1 or more; got %2.</source>
        <translation>%1 必须不小于 1；实际为 %2。</translation>
    </message>
    <message>
        <source>%1: the segment &quot;%2&quot; is listed twice.</source>
        <translation>%1：赛道 &quot;%2&quot; 列出了两次。</translation>
    </message>
    <message>
        <source>%1: the id %2 is used by projects[%3] too.</source>
        <translation>%1：id %2 也被 projects[%3] 使用。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known segment key or name.</source>
        <translation>%1：&quot;%2&quot; 不是已知的赛道键或名称。</translation>
    </message>
    <message>
        <source>%1: no project in the file has the id %2.</source>
        <translation>%1：文件中没有 id 为 %2 的项目。</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;; got %2. This is not a Tollgate portfolio file.</source>
        <translation>format 必须是 &quot;%1&quot;；实际为 %2。这不是 Tollgate 项目库文件。</translation>
    </message>
    <message>
        <source>version %1 is newer than this Tollgate reads (%2); update Tollgate to import this file.</source>
        <translation>版本 %1 比本 Tollgate 能读取的版本（%2）更新；请升级 Tollgate 后再导入此文件。</translation>
    </message>
    <message>
        <source>version must be 1 or more; got %1.</source>
        <translation>version 必须不小于 1；实际为 %1。</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Kept the other version of the project.</source>
        <translation>已保留该项目的另一版本。</translation>
    </message>
    <message>
        <source>The project keeps changing elsewhere; try again.</source>
        <translation>该项目在他处不断被修改；请重试。</translation>
    </message>
    <message>
        <source>Create project “%1”</source>
        <translation>创建项目“%1”</translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation>删除项目“%1”</translation>
    </message>
</context>
<context>
    <name>ProjectCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice in the header.</source>
        <translation>第 %1 行：表头中列 &quot;%2&quot; 出现了两次。</translation>
    </message>
    <message>
        <source>Line %1: the header names an unknown column &quot;%2&quot;; the columns are %3.</source>
        <translation>第 %1 行：表头中有未知列 &quot;%2&quot;；可用的列为 %3。</translation>
    </message>
    <message>
        <source>Line %1: the header has no &quot;%2&quot; column; name and segment are required.</source>
        <translation>第 %1 行：表头缺少 &quot;%2&quot; 列；name 和 segment 为必需列。</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>name 为必填项</translation>
    </message>
    <message>
        <source>segment is required</source>
        <translation>segment 为必填项</translation>
    </message>
    <message>
        <source>segment: &quot;%1&quot; is not a known segment key or name</source>
        <translation>segment：&quot;%1&quot; 不是已知的赛道键或名称</translation>
    </message>
    <message>
        <source>stage must be one of %1, got &quot;%2&quot;</source>
        <translation>stage 必须是 %1 之一，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number of CNY, got &quot;%2&quot;</source>
        <translation>%1 必须是以元计的整数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must not be negative, got &quot;%2&quot;</source>
        <translation>%1 不能为负数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number of CNY, got &quot;%2&quot;</source>
        <translation>%1 必须是以元计的数值，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a year from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1 必须是 %2 到 %3 之间的年份，实际为 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: score must be an integer 0–5, got &quot;%2&quot;</source>
        <translation>%1：分数必须是 0–5 的整数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>lead_analyst is needed to record the scores, and no analyst is set for the import</source>
        <translation>记录评分需要 lead_analyst，而本次导入没有设置分析师</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header names %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 列</translation>
    </message>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>第 %1 列在表头中没有名称</translation>
    </message>
    <message>
        <source>The file has no header row; its first line must name the columns (name and segment at least).</source>
        <translation>文件没有表头行；第一行必须写明列名（至少包括 name 和 segment）。</translation>
    </message>
</context>
<context>
    <name>ProjectFieldParsing</name>
    <message>
        <source>Enter an amount in whole CNY, e.g. 120000000 or 1.2亿.</source>
        <translation>请输入以元计的整数金额，例如 120000000 或 1.2亿。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
    <message>
        <source>The amount must be whole CNY, without fen.</source>
        <translation>金额必须是整数元，不能带分。</translation>
    </message>
    <message>
        <source>Enter a year from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的年份。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RadarChartBuilder</name>
    <message>
        <source>Criteria (0–5)</source>
        <translation>指标（0–5）</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>ScoreTrendChartBuilder</name>
    <message>
        <source>Scores across screenings</source>
        <translation>历次评估得分</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <source>Scorecard date</source>
        <translation>评分日期</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Market gate</source>
        <translation>市场门槛</translation>
    </message>
    <message>
        <source>Cost gate</source>
        <translation>成本门槛</translation>
    </message>
    <message>
        <source>Market (M)</source>
        <translation>市场（M）</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本（C）</translation>
    </message>
</context>
<context>
    <name>ScorecardCommands</name>
    <message>
        <source>This scorecard was changed in another window or by another analyst since it was opened.</source>
        <translation>这张评分卡在打开后已被另一个窗口或另一位分析师修改。</translation>
    </message>
</context>
<context>
    <name>ScreeningMatrixChartBuilder</name>
    <message>
        <source>Screening matrix</source>
        <translation>筛选矩阵</translation>
    </message>
    <message>
        <source>M — market space</source>
        <translation>M — 市场空间</translation>
    </message>
    <message>
        <source>C — path to profitable cost</source>
        <translation>C — 降本到盈利</translation>
    </message>
    <message>
        <source>Market gate</source>
        <translation>市场门槛</translation>
    </message>
    <message>
        <source>Cost gate</source>
        <translation>成本门槛</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The backup written to %1 fails its integrity check: %2</source>
        <translation>写入 %1 的备份未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The meeting is closed; its record cannot be changed.</source>
        <translation>会议已结束，记录不能再修改。</translation>
    </message>
    <message>
        <source>The audit log cannot be changed, only added to.</source>
        <translation>审计日志不能修改，只能追加。</translation>
    </message>
    <message>
        <source>The database %1 is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation>数据库 %1 正忙：另一个窗口或程序正在写入。请稍后再试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>存放 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation>数据库 %1 是只读的。</translation>
    </message>
    <message>
        <source>The disk refused to read or write %1: %2.</source>
        <translation>磁盘拒绝读写 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Tollgate database (%2).</source>
        <translation>%1 已损坏，或不是 Tollgate 数据库（%2）。</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>数据库拒绝了这次修改：%1。</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2.</source>
        <translation>%1 中出现意外的数据库错误：%2。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database.</source>
        <translation>%1 是文件夹，不是数据库。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a Tollgate database.</source>
        <translation>%1 是空文件，不是 Tollgate 数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Tollgate database (it is not an SQLite file).</source>
        <translation>%1 不是 Tollgate 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header names an impossible page size.</source>
        <translation>%1 已损坏：文件头中的页大小不可能成立。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short (%2 bytes).</source>
        <translation>%1 已损坏：文件被截断（仅 %2 字节）。</translation>
    </message>
    <message>
        <source>%1id: another project of the file has id %2.</source>
        <translation>%1id：文件中另一个项目的 id 也是 %2。</translation>
    </message>
    <message>
        <source>%1: no project of the file has id %2.</source>
        <translation>%1：文件中没有 id 为 %2 的项目。</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>没有会议 %1。</translation>
    </message>
    <message>
        <source>The meeting “%1” is closed; its record cannot be changed.</source>
        <translation>会议“%1”已结束，记录不能再修改。</translation>
    </message>
    <message>
        <source>The meeting “%1”</source>
        <translation>会议“%1”</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left at version %2: %3</source>
        <translation>把数据库升级到结构版本 %1 失败；仍保持在版本 %2：%3</translation>
    </message>
    <message>
        <source>“%1” is in the record of the closed meeting “%2”, so it cannot be deleted; archive it instead.</source>
        <translation>“%1”在已结束的会议“%2”的记录中，不能删除；请改为归档。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tollgate database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Tollgate 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tollgate (schema %2; this version reads up to %3). Open it with the newer version; the file was not changed.</source>
        <translation>%1 由更新版本的 Tollgate 写入（结构版本 %2；本版本最高只能读取 %3）。请用新版本打开；文件未作改动。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); open its latest backup instead.</source>
        <translation>%1 已损坏（%2）；请改为打开它的最新备份。</translation>
    </message>
    <message>
        <source>No database file was named.</source>
        <translation>没有指定数据库文件。</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>没有数据库文件 %1。</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>没有项目 %1。</translation>
    </message>
    <message>
        <source>%1 must be a year from %2 to %3; got %4.</source>
        <translation>%1 必须是 %2 到 %3 之间的年份；实际为 %4。</translation>
    </message>
    <message>
        <source>%1 must not be negative; got %2.</source>
        <translation>%1 不能为负数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be at least %2; got %3.</source>
        <translation>%1 不能小于 %2；实际为 %3。</translation>
    </message>
    <message>
        <source>%1 must be more than %2; got %3.</source>
        <translation>%1 必须大于 %2；实际为 %3。</translation>
    </message>
    <message>
        <source>Every change records who made it: the analyst name is missing.</source>
        <translation>每次修改都要记录修改人：缺少分析师姓名。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1: unknown segment “%2”.</source>
        <translation>%1：未知赛道“%2”。</translation>
    </message>
    <message>
        <source>%1: a tag must be one non-empty line.</source>
        <translation>%1：标签必须是非空的一行文字。</translation>
    </message>
    <message>
        <source>%1 must be a valid date.</source>
        <translation>%1 必须是有效日期。</translation>
    </message>
    <message>
        <source>%1: unknown criterion.</source>
        <translation>%1：未知指标。</translation>
    </message>
    <message>
        <source>%1 must be an integer from 0 to 5; got %2.</source>
        <translation>%1 必须是 0 到 5 的整数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1: attendees must be named, each once.</source>
        <translation>%1：参会人必须有名字，且每人只列一次。</translation>
    </message>
    <message>
        <source>%1: there is no project %2.</source>
        <translation>%1：没有项目 %2。</translation>
    </message>
    <message>
        <source>%1: project %2 is already on the agenda.</source>
        <translation>%1：项目 %2 已在议程中。</translation>
    </message>
    <message>
        <source>%1: only attendees vote.</source>
        <translation>%1：只有参会人可以投票。</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was read (version %2, now %3); reload it and apply the change again.</source>
        <translation>%1 在读取后已被他处修改（版本 %2，现为 %3）；请重新载入后再修改一次。</translation>
    </message>
    <message>
        <source>The criteria of scorecard %1 are unreadable.</source>
        <translation>评分卡 %1 的指标无法读取。</translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation>没有评分卡 %1。</translation>
    </message>
    <message>
        <source>The scorecard of %1 dated %2</source>
        <translation>%1 在 %2 的评分卡</translation>
    </message>
    <message>
        <source>%1 is held in %2 journal mode by another program; close it and open the database again.</source>
        <translation>%1 正被另一个程序以 %2 日志模式占用；请关闭该程序后重新打开数据库。</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>没有模板 %1。</translation>
    </message>
    <message>
        <source>The suggestion bands of template %1 are unreadable.</source>
        <translation>模板 %1 的建议分档无法读取。</translation>
    </message>
    <message>
        <source>The database has no “%1” template.</source>
        <translation>数据库中没有“%1”模板。</translation>
    </message>
    <message>
        <source>The backup %1 was not written.</source>
        <translation>备份 %1 没有写成。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Only %1 can submit their own scorecard.</source>
        <translation>只有 %1 本人可以提交自己的评分卡。</translation>
    </message>
    <message>
        <source>Project %1 is not on the agenda of “%2”.</source>
        <translation>项目 %1 不在“%2”的议程中。</translation>
    </message>
    <message>
        <source>The decision on “%1” does not change its stage.</source>
        <translation>对“%1”的决定不改变其阶段。</translation>
    </message>
    <message>
        <source>Only invested projects are re-screened; “%1” is at the %2 stage.</source>
        <translation>只有已投资项目才重新评估；“%1”处于%2阶段。</translation>
    </message>
</context>
<context>
    <name>TamBarsChartBuilder</name>
    <message>
        <source>bn CNY</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <source>Total TAM of projects in play per segment</source>
        <translation>各赛道在跟项目 TAM 合计</translation>
    </message>
    <message>
        <source>TAM in play</source>
        <translation>在跟项目 TAM</translation>
    </message>
    <message>
        <source>%1: %2 %3 over %4 of %5 projects in play with a TAM</source>
        <translation>%1：%2 %3，来自 %5 个在跟项目中填写了 TAM 的 %4 个</translation>
    </message>
    <message>
        <source>TAM (%1)</source>
        <translation>TAM（%1）</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 must be a score from 0 to 100.</source>
        <translation>%1 必须是 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>%1 must list exactly %2 numbers.</source>
        <translation>%1 必须正好列出 %2 个数。</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and greater than the band before.</source>
        <translation>%1 必须大于 0，且大于前一档。</translation>
    </message>
    <message>
        <source>%1 must have six lines, one for each score from 0 to 5.</source>
        <translation>%1 必须有六行，分别对应 0 到 5 分。</translation>
    </message>
    <message>
        <source>%1 must be &quot;market&quot; or &quot;cost&quot;.</source>
        <translation>%1 必须是 &quot;market&quot; 或 &quot;cost&quot;。</translation>
    </message>
    <message>
        <source>%1: the key %2 is used twice.</source>
        <translation>%1：键 %2 出现了两次。</translation>
    </message>
    <message>
        <source>%1 must have at least one %2 criterion.</source>
        <translation>%1 至少要有一条 %2 指标。</translation>
    </message>
    <message>
        <source>format must be &quot;%1&quot;.</source>
        <translation>format 必须是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>version must be 1 or more.</source>
        <translation>version 必须不小于 1。</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and at most %2.</source>
        <translation>%1 必须大于 0 且不超过 %2。</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Line %1 holds bytes that are not valid %2 text; choose another encoding or save the file as UTF-8.</source>
        <translation>第 %1 行含有不是有效 %2 文本的字节；请选择其他编码，或把文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>This system has no GB18030 decoder; save the file as UTF-8 and import it again.</source>
        <translation>本系统没有 GB18030 解码器；请把文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gb18030; got &quot;%1&quot;.</source>
        <translation>--encoding 必须是 auto、utf-8 或 gb18030；实际为 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>VerdictBarsChartBuilder</name>
    <message>
        <source>Projects by verdict per segment</source>
        <translation>各赛道项目结论分布</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 projects</source>
        <translation>%1 — %2：%4 个项目中的 %3 个</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Segment (Chinese)</source>
        <translation>赛道（中文）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Valuation (CNY)</source>
        <translation>估值（元）</translation>
    </message>
    <message>
        <source>Ask (CNY)</source>
        <translation>融资额（元）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Lead analyst</source>
        <translation>负责分析师</translation>
    </message>
    <message>
        <source>Market score (M)</source>
        <translation>市场得分（M）</translation>
    </message>
    <message>
        <source>Cost score (C)</source>
        <translation>成本得分（C）</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>Red-flag ids</source>
        <translation>风险信号 id</translation>
    </message>
    <message>
        <source>TAM (CNY)</source>
        <translation>TAM（元）</translation>
    </message>
    <message>
        <source>Years to profitable cost</source>
        <translation>降到盈利成本所需年数</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation>测算期内达不到</translation>
    </message>
    <message>
        <source>Scorecard ID</source>
        <translation>评分卡编号</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>模板版本</translation>
    </message>
    <message>
        <source>SAM (CNY)</source>
        <translation>SAM（元）</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation>赛道键</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Mean M</source>
        <translation>平均 M</translation>
    </message>
    <message>
        <source>Mean C</source>
        <translation>平均 C</translation>
    </message>
    <message>
        <source>Median composite</source>
        <translation>综合分中位数</translation>
    </message>
    <message>
        <source>In play</source>
        <translation>在跟</translation>
    </message>
    <message>
        <source>TAM in play (CNY)</source>
        <translation>在跟项目 TAM（元）</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1.</source>
        <translation>无法为工作簿创建临时文件夹：%1。</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1.</source>
        <translation>无法写入工作簿：%1。</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1.</source>
        <translation>无法读回工作簿：%1。</translation>
    </message>
</context>
<context>
    <name>tollgate</name>
    <message>
        <source>The bundled sample portfolio is missing from this build.</source>
        <translation>此版本缺少自带的示例项目库。</translation>
    </message>
    <message>
        <source>The bundled sample portfolio is damaged: %1</source>
        <translation>自带的示例项目库已损坏：%1</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在他处修改</translation>
    </message>
    <message>
        <source>“%1” was changed in another window or by another analyst since you opened it.</source>
        <translation>“%1”在你打开后已被另一个窗口或另一位分析师修改。</translation>
    </message>
    <message>
        <source>Reload their version and drop your change, or overwrite it with yours?</source>
        <translation>重新载入对方的版本并放弃你的修改，还是用你的修改覆盖它？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Due diligence for a semiconductor fund.</source>
        <translation>半导体产业基金的尽调工具。</translation>
    </message>
    <message>
        <source>The database to open (default: the last one).</source>
        <translation>要打开的数据库（默认：上次使用的）。</translation>
    </message>
    <message>
        <source>The UI language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Save PNGs of the main screens into DIR, then quit.</source>
        <translation>把主要界面的 PNG 截图保存到 DIR，然后退出。</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 en 或 zh_CN，不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Give at most one database file.</source>
        <translation>最多只能指定一个数据库文件。</translation>
    </message>
    <message>
        <source>%1 亿元</source>
        <translation>%1 亿元</translation>
    </message>
    <message>
        <source>“%1” is not a number; type digits such as 0.85, 30% or 3.2e9.</source>
        <translation>“%1”不是数字；请输入 0.85、30% 或 3.2e9 这样的数。</translation>
    </message>
    <message>
        <source>%1 万元</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>%1 bn CNY</source>
        <translation>%1 十亿元</translation>
    </message>
    <message>
        <source>%1 m CNY</source>
        <translation>%1 百万元</translation>
    </message>
    <message>
        <source>--size must look like 1366x768.</source>
        <translation>--size 的格式应为 1366x768。</translation>
    </message>
</context>
<context>
    <name>tollgate::AgendaModel</name>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <extracomment>yes / no / abstain counts of an agenda item&apos;s votes</extracomment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Yes / No / Abstain</source>
        <translation>赞成 / 反对 / 弃权</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>条件与备注</translation>
    </message>
</context>
<context>
    <name>tollgate::AggregateModel</name>
    <message>
        <source>Market (M)</source>
        <translation>市场（M）</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本（C）</translation>
    </message>
    <message>
        <source>%1 ⚠ disagree</source>
        <translation>%1 ⚠ 分歧</translation>
    </message>
    <message>
        <source>The analysts&apos; scores of %1 are %2 points apart: talk it through before the committee.</source>
        <translation>分析师们对 %1 的评分相差 %2 分：上投决会之前请先讨论清楚。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分差</translation>
    </message>
</context>
<context>
    <name>tollgate::AggregateView</name>
    <message>
        <source>Scores by analyst</source>
        <translation>各分析师评分</translation>
    </message>
    <message>
        <source>No analyst has scored this project yet.</source>
        <translation>还没有分析师给这个项目评分。</translation>
    </message>
    <message>
        <source>The project&apos;s standing from its one analyst&apos;s latest scorecard.</source>
        <translation>项目现状，来自唯一一位分析师的最新评分卡。</translation>
    </message>
    <message>
        <source>The project&apos;s standing: the mean of the latest scorecards of %1 analysts. A spread of 2 or more is a disagreement.</source>
        <translation>项目现状：%1 位分析师最新评分卡的平均值。分差达到 2 分及以上即为分歧。</translation>
    </message>
</context>
<context>
    <name>tollgate::ChartPanel</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export this chart as a PNG or SVG file</source>
        <translation>把此图表导出为 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>tollgate::CompareDialog</name>
    <message>
        <source>Compare projects</source>
        <translation>项目对比</translation>
    </message>
    <message>
        <source>Projects side by side</source>
        <translation>项目并排对比</translation>
    </message>
    <message>
        <source>The best value of each row is in bold on green; an amber bar marks a criterion the analysts disagree on (spread of 2 or more).</source>
        <translation>每行的最优值以绿底粗体标出；琥珀色条标出分析师有分歧的指标（分差达到 2 分及以上）。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Select from %1 to %2 projects to compare; %3 are selected.</source>
        <translation>请选择 %1 到 %2 个项目进行对比；当前已选 %3 个。</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>tollgate::ComparisonModel</name>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Market (M)</source>
        <translation>市场（M）</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本（C）</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>TAM</source>
        <translation>TAM</translation>
    </message>
    <message>
        <source>Years to profitable cost</source>
        <translation>降到盈利成本所需年数</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>%1 (spread %2)</source>
        <translation>%1（分差 %2）</translation>
    </message>
    <message>
        <source>not within horizon</source>
        <translation>测算期内达不到</translation>
    </message>
    <message numerus="yes">
        <source>%n analyst(s) scored it, from %1 to %2.</source>
        <translation>
            <numerusform>%n 位分析师评分，从 %1 到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::CriterionEditor</name>
    <message>
        <source>knock-out</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>A score of 0 here declines the project whatever else scores.</source>
        <translation>此项得 0 分时，无论其他得分如何，项目都会被否决。</translation>
    </message>
    <message>
        <source>%1 evidence</source>
        <translation>%1 依据</translation>
    </message>
    <message>
        <source>Evidence: sources, customer names, figures</source>
        <translation>依据：来源、客户名称、数据</translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation>%1 置信度</translation>
    </message>
    <message>
        <source>Confidence —</source>
        <translation>置信度 —</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议分：%1</translation>
    </message>
    <message>
        <source>A suggestion from the inputs below; your own score counts.</source>
        <translation>根据下方输入给出的建议分；以你自己的评分为准。</translation>
    </message>
    <message>
        <source>Not scored. Choose 0–5; hover a number to read what it means.</source>
        <translation>未评分。请选择 0–5；把鼠标悬停在数字上可查看含义。</translation>
    </message>
    <message>
        <source>Hide levels</source>
        <translation>隐藏档位</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部档位</translation>
    </message>
</context>
<context>
    <name>tollgate::DashboardFilterBar</name>
    <message>
        <source>Updated from</source>
        <translation>更新时间自</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lead analyst</source>
        <translation>负责分析师</translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation>全部分析师</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>更新时间至</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>分析师(&amp;A)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>In play (not passed or exited)</source>
        <translation>在跟（未放弃、未退出）</translation>
    </message>
    <message>
        <source>In play</source>
        <translation>在跟</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%2 个项目中的 %1 个</translation>
    </message>
</context>
<context>
    <name>tollgate::DashboardPage</name>
    <message>
        <source>The dashboard could not read the portfolio: %1</source>
        <translation>看板无法读取项目库：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>tollgate::EvaluationBanner</name>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Market (M)</source>
        <translation>市场（M）</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>门槛 %1</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本（C）</translation>
    </message>
    <message>
        <source>Composite √(M×C)</source>
        <translation>综合分 √(M×C)</translation>
    </message>
    <message>
        <source>Market score %1</source>
        <translation>市场得分 %1</translation>
    </message>
    <message>
        <source>Cost score %1</source>
        <translation>成本得分 %1</translation>
    </message>
    <message>
        <source>Composite %1</source>
        <translation>综合分 %1</translation>
    </message>
    <message>
        <source>Knock-out:</source>
        <translation>一票否决：</translation>
    </message>
    <message>
        <source>%1 %2 scored 0, which declines the project.</source>
        <translation>%1 %2 得分为 0，项目被一票否决。</translation>
    </message>
    <message>
        <source>No knock-outs or red flags.</source>
        <translation>没有一票否决项，也没有风险信号。</translation>
    </message>
</context>
<context>
    <name>tollgate::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>tollgate::HistoryView</name>
    <message>
        <source>Project history</source>
        <translation>项目修改记录</translation>
    </message>
</context>
<context>
    <name>tollgate::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Detect (UTF-8 or GB18030)</source>
        <translation>自动识别（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>Import the good rows and write the bad ones to a rejects file</source>
        <translation>导入正确的行，把错误的行写入拒收文件</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Nothing can be imported as it stands:</source>
        <translation>按现状无法导入任何内容：</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n project(s)</source>
        <translation>
            <numerusform>准备导入 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n scorecard(s)</source>
        <translation>
            <numerusform>、%n 张评分卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n meeting(s).</source>
        <translation>
            <numerusform>，以及 %n 场会议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) will be skipped and written beside the file.</source>
        <translation>
            <numerusform>%n 个错误行将被跳过，并写入原文件旁的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>tollgate::MainWindow</name>
    <message>
        <source>No database is open. Use File ▸ Open or File ▸ New.</source>
        <translation>没有打开的数据库。请使用“文件 ▸ 打开”或“文件 ▸ 新建”。</translation>
    </message>
    <message>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;store from backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV/JSON…</source>
        <translation>导入 CSV/JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Archive project</source>
        <translation>归档项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tollgate</source>
        <translation>关于 Tollgate(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

Open the latest backup (%2) instead? The damaged file is kept beside it.</source>
        <translation>%1

改为打开最新的备份（%2）吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>Cannot open the backup</source>
        <translation>无法打开备份</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Analyst: %1</source>
        <translation>分析师：%1</translation>
    </message>
    <message>
        <source>Tollgate — %1</source>
        <extracomment>%1 is the database file name</extracomment>
        <translation>Tollgate — %1</translation>
    </message>
    <message>
        <source>Cannot create the sample portfolio</source>
        <translation>无法创建示例项目库</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近使用的数据库</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>The project was not created</source>
        <translation>项目未创建</translation>
    </message>
    <message>
        <source>About Tollgate</source>
        <translation>关于 Tollgate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;Due diligence for a semiconductor fund: is the market big enough, and can cost come down to a profitable level within a visible time?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;半导体基金的尽调工具：市场空间是否足够大，成本能否在可见的时间内降到可盈利水平？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Memo…</source>
        <translation>备忘录(&amp;M)…</translation>
    </message>
    <message>
        <source>The selected project&apos;s investment memo: preview, print, PDF or HTML</source>
        <translation>所选项目的投资备忘录：预览、打印、PDF 或 HTML</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>&amp;Export CSV/JSON/Excel…</source>
        <translation>导出 CSV/JSON/Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Compare selected projects…</source>
        <translation>对比所选项目(&amp;C)…</translation>
    </message>
    <message>
        <source>Select 2 to 6 projects in the table, then compare them side by side.</source>
        <translation>在表格中选择 2 到 6 个项目，然后并排对比。</translation>
    </message>
    <message>
        <source>Compare projects</source>
        <translation>项目对比</translation>
    </message>
    <message>
        <source>Select from %1 to %2 projects in the table to compare them (Ctrl or Shift and click); %3 are selected.</source>
        <translation>请在表格中选择 %1 到 %2 个项目进行对比（按住 Ctrl 或 Shift 单击）；当前已选 %3 个。</translation>
    </message>
</context>
<context>
    <name>tollgate::MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参会人(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>tollgate::MeetingListModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>议题数</translation>
    </message>
</context>
<context>
    <name>tollgate::MeetingRecorder</name>
    <message>
        <source>No meeting is selected.</source>
        <translation>未选择会议。</translation>
    </message>
</context>
<context>
    <name>tollgate::MeetingsPage</name>
    <message>
        <source>Add to &amp;meeting…</source>
        <translation>加入会议(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove from agenda</source>
        <translation>移出议程(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close meeting…</source>
        <translation>结束会议(&amp;C)…</translation>
    </message>
    <message>
        <source>M&amp;inutes…</source>
        <translation>会议纪要(&amp;I)…</translation>
    </message>
    <message>
        <source>Meeting &amp;pack…</source>
        <translation>会议材料包(&amp;P)…</translation>
    </message>
    <message>
        <source>Re-&amp;screen</source>
        <translation>重新评估(&amp;S)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Closed: this meeting&apos;s record is read-only.</source>
        <translation>已结束：本次会议的记录只读。</translation>
    </message>
    <message>
        <source>Show the agenda full screen and record votes and decisions (F5)</source>
        <translation>全屏展示议程，并记录表决和决议（F5）</translation>
    </message>
    <message>
        <source>A new dated scorecard for the selected holding, copied from its latest, to score again at this review</source>
        <translation>为选中的在管项目新建一张注明日期的评分卡（复制自最近一张），在本次复盘时重新评分</translation>
    </message>
    <message>
        <source>Add projects from the Projects tab: drag them here, or use “Add to meeting…” (Ctrl+Shift+A). Reorder with drag or Alt+↑/↓; Delete removes.</source>
        <translation>从“项目”页添加项目：拖到这里，或使用“加入会议…”（Ctrl+Shift+A）。拖动或按 Alt+↑/↓ 调整顺序；Delete 键移出。</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4 items
Attendees: %5</source>
        <translation>%1
%2 · %3 · %4 个议题
参会人：%5</translation>
    </message>
    <message>
        <source>No meeting yet. Plan one with “New meeting…”.</source>
        <translation>还没有会议。用“新建会议…”安排一次。</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation>无法创建会议</translation>
    </message>
    <message>
        <source>Cannot change the meeting</source>
        <translation>无法修改会议</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” and its agenda?</source>
        <translation>删除会议“%1”及其议程？</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>无法删除会议</translation>
    </message>
    <message>
        <source>Close “%1”? Its votes, decisions and notes become read-only.</source>
        <translation>结束“%1”？其表决、决议和备注将变为只读。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no decision.</source>
        <translation>
            <numerusform>有 %n 个议题尚未决议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <source>Cannot close the meeting</source>
        <translation>无法结束会议</translation>
    </message>
    <message>
        <source>Cannot change the stage</source>
        <translation>无法变更阶段</translation>
    </message>
    <message>
        <source>Cannot write the minutes</source>
        <translation>无法生成会议纪要</translation>
    </message>
    <message>
        <source>Export the meeting pack</source>
        <translation>导出会议材料包</translation>
    </message>
    <message>
        <source>meeting-pack-%1.pdf</source>
        <translation>会议材料包-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the meeting pack</source>
        <translation>无法导出会议材料包</translation>
    </message>
    <message>
        <source>Wrote the meeting pack to %1</source>
        <translation>会议材料包已写入 %1</translation>
    </message>
    <message>
        <source>Cannot re-screen</source>
        <translation>无法重新评估</translation>
    </message>
    <message>
        <source>“%1” re-screened: a new scorecard dated today, copied from the latest, is ready to score.</source>
        <translation>“%1”已重新评估：已新建一张今日的评分卡（复制自最近一张），可以评分了。</translation>
    </message>
    <message>
        <source>Add to meeting</source>
        <translation>加入会议</translation>
    </message>
    <message>
        <source>There is no open meeting. Plan one in the Meetings tab first.</source>
        <translation>没有未结束的会议。请先在“会议”页安排一次。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n project(s) to:</source>
        <translation>
            <numerusform>将 %n 个项目加入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add to the meeting</source>
        <translation>无法加入会议</translation>
    </message>
    <message numerus="yes">
        <source>Added %n project(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个项目加入“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::MemoPreviewDialog</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>Export memo</source>
        <translation>导出备忘录</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
</context>
<context>
    <name>tollgate::MinutesDialog</name>
    <message>
        <source>Minutes: %1</source>
        <translation>会议纪要：%1</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>另存为文本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>保存会议纪要</translation>
    </message>
    <message>
        <source>minutes.txt</source>
        <translation>会议纪要.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot save the minutes</source>
        <translation>无法保存会议纪要</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tollgate::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>tollgate::PresentSlide</name>
    <message>
        <source>Last decision: none yet.</source>
        <translation>上次决议：暂无。</translation>
    </message>
    <message>
        <source>Last decision: %1 at “%2” (%3)</source>
        <translation>上次决议：%1，见“%2”（%3）</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>附加条件：%1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <extracomment>position of the agenda item shown, e.g. &quot;Item 2 of 5&quot;</extracomment>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>No cost model entered.</source>
        <translation>未填写成本模型。</translation>
    </message>
</context>
<context>
    <name>tollgate::PresentWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation>正在演示：%1</translation>
    </message>
    <message>
        <source>The agenda is empty. Press Esc to leave.</source>
        <translation>议程为空。按 Esc 退出。</translation>
    </message>
    <message>
        <source>PgDn/PgUp or ←/→: items · Esc: leave · the meeting is closed (read-only)</source>
        <translation>PgDn/PgUp 或 ←/→：切换议题 · Esc：退出 · 会议已结束（只读）</translation>
    </message>
    <message>
        <source>PgDn/PgUp or ←/→: items · ↑/↓: attendee · Y/N/A: vote (X clears) · 1 approve · 2 decline · 3 defer · 4 more diligence · 0 none · Tab: conditions, notes · Esc: leave</source>
        <translation>PgDn/PgUp 或 ←/→：切换议题 · ↑/↓：参会人 · Y/N/A：赞成/反对/弃权（X 清除）· 1 通过 · 2 否决 · 3 暂缓 · 4 补充尽调 · 0 未决议 · Tab：附加条件、备注 · Esc：退出</translation>
    </message>
</context>
<context>
    <name>tollgate::ProjectDetail</name>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Select a project in the table.</source>
        <translation>请在表格中选择一个项目。</translation>
    </message>
    <message>
        <source>Hide the project from the table without deleting it</source>
        <translation>在表格中隐藏该项目，但不删除</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;corecard</source>
        <translation>评分卡(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>修改记录(&amp;H)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>M %1 · C %2 · composite %3</source>
        <translation>M %1 · C %2 · 综合分 %3</translation>
    </message>
    <message>
        <source>Red flags: %1</source>
        <translation>风险信号：%1</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>修改“%2”的%1</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the table until you show archived projects.</source>
        <translation>归档“%1”？归档后它将不在表格中显示，除非你选择显示已归档项目。</translation>
    </message>
    <message>
        <source>Bring “%1” back from the archive?</source>
        <translation>将“%1”从归档中恢复？</translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>归档项目</translation>
    </message>
    <message>
        <source>Unarchive project</source>
        <translation>取消归档项目</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>归档“%1”</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>取消归档“%1”</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete “%1” with all its scorecards? Undo (Ctrl+Z) brings it back.</source>
        <translation>删除“%1”及其全部评分卡？撤销（Ctrl+Z）可以恢复。</translation>
    </message>
</context>
<context>
    <name>tollgate::ProjectFieldsForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>中文名 English name</source>
        <translation>中文名 English name</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>赛道(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>阶段(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>轮次(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. Pre-A, A, B+</source>
        <translation>例如 Pre-A、A、B+</translation>
    </message>
    <message>
        <source>&amp;Valuation (CNY)</source>
        <translation>估值（元）(&amp;V)</translation>
    </message>
    <message>
        <source>As&amp;k (CNY)</source>
        <translation>融资额（元）(&amp;K)</translation>
    </message>
    <message>
        <source>whole CNY, or e.g. 1.2亿</source>
        <translation>整数元，或如 1.2亿</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Founded</source>
        <translation>成立年份(&amp;F)</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>简介(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>用 ; 分隔</translation>
    </message>
    <message>
        <source>&amp;Lead analyst</source>
        <translation>负责分析师(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xit route</source>
        <translation>退出路径(&amp;X)</translation>
    </message>
    <message>
        <source>Expected e&amp;xit year</source>
        <translation>预计退出年份(&amp;X)</translation>
    </message>
    <message>
        <source>F&amp;und end year</source>
        <translation>基金到期年份(&amp;U)</translation>
    </message>
    <message>
        <source>Head-on with a dominant incumbent (red flag)</source>
        <translation>与占绝对优势的在位者正面竞争（风险信号）</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目需要一个名称。</translation>
    </message>
    <message>
        <source>The expected exit cannot come before the founding (%1).</source>
        <translation>预计退出年份不能早于成立年份（%1）。</translation>
    </message>
    <message>
        <source>The fund&apos;s end cannot come before the founding (%1).</source>
        <translation>基金到期年份不能早于成立年份（%1）。</translation>
    </message>
</context>
<context>
    <name>tollgate::ProjectFilterBar</name>
    <message>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>按阶段筛选</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>按结论筛选</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <source>Filter by lead analyst</source>
        <translation>按负责分析师筛选</translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation>全部分析师</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Show archived projects too</source>
        <translation>同时显示已归档项目</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Keep this search and these filters under “Saved filters”</source>
        <translation>把当前搜索和筛选保存到“已保存的筛选”</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Search projects (Ctrl+F)</source>
        <translation>搜索项目（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searches each project&apos;s name, city, tags and description.</source>
        <translation>在每个项目的名称、城市、标签和简介中搜索。</translation>
    </message>
</context>
<context>
    <name>tollgate::ProjectTableModel</name>
    <message>
        <source>Market score M (question 1), 0–100</source>
        <translation>市场得分 M（问题一），0–100</translation>
    </message>
    <message>
        <source>Cost score C (question 2), 0–100</source>
        <translation>成本得分 C（问题二），0–100</translation>
    </message>
    <message>
        <source>Composite √(M × C), for ranking</source>
        <translation>综合分 √(M × C)，用于排序</translation>
    </message>
    <message>
        <source>Number of red flags</source>
        <translation>风险信号数量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>Lead analyst</source>
        <translation>负责分析师</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>tollgate::ProjectsPage</name>
    <message>
        <source>Segments</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) shown</source>
        <translation>
            <numerusform>显示 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this view of the projects:</source>
        <translation>这个项目视图的名称：</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>删除已保存的筛选</translation>
    </message>
</context>
<context>
    <name>tollgate::RecordingPanel</name>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Conditions of the decision</source>
        <translation>决议的附加条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This meeting is closed: its record is read-only.</source>
        <translation>本次会议已结束：记录只读。</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决议：</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>附加条件(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>tollgate::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Tollgate takes one each time it opens the database.</source>
        <translation>这个数据库还没有备份。Tollgate 每次打开数据库时都会备份一次。</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept beside it as “.before-restore”.</source>
        <translation>选择要恢复到的备份。当前数据库会以“.before-restore”为后缀保留在旁边。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>tollgate::ScoreSelector</name>
    <message>
        <source>%1 not scored</source>
        <translation>%1 未评分</translation>
    </message>
    <message>
        <source>%1 score %2</source>
        <translation>%1 得分 %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
</context>
<context>
    <name>tollgate::ScorecardForm</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Question 1 — Is the market big enough?</source>
        <translation>问题一 — 市场空间是否足够大？</translation>
    </message>
    <message>
        <source>how big a market, who pays and how many, why buy, how much room to pay</source>
        <translation>市场多大、谁买单、多少人买单、为什么买、有多大买单空间</translation>
    </message>
    <message>
        <source>Market inputs</source>
        <translation>市场参数</translation>
    </message>
    <message>
        <source>Question 2 — Can cost reach a profitable level in time?</source>
        <translation>问题二 — 成本能否在可见的时间内降到可盈利水平？</translation>
    </message>
    <message>
        <source>unit economics, cost-down path, time to profitable cost, capital, supply chain</source>
        <translation>单位经济性、降本路径、盈利所需时间、资本投入、供应链</translation>
    </message>
    <message>
        <source>Cost model (experience curve)</source>
        <translation>成本模型（经验曲线）</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>%1 分：%2</translation>
    </message>
    <message>
        <source>Clear the score of %1</source>
        <translation>清除 %1 的评分</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 的依据</translation>
    </message>
    <message>
        <source>Confidence of %1: %2</source>
        <translation>%1 的置信度：%2</translation>
    </message>
    <message>
        <source>Head-on with a dominant incumbent: ticked on the project (a red flag).</source>
        <translation>与占绝对优势的在位者正面竞争：已在项目中勾选（风险信号）。</translation>
    </message>
    <message>
        <source>Head-on with a dominant incumbent: not ticked (set it in the project&apos;s details).</source>
        <translation>与占绝对优势的在位者正面竞争：未勾选（在项目详情中设置）。</translation>
    </message>
    <message>
        <source>from a TAM of %1</source>
        <translation>依据 TAM %1</translation>
    </message>
    <message>
        <source>profitable cost in %1 years</source>
        <translation>%1 年后达到盈利成本</translation>
    </message>
    <message>
        <source>profitable cost not reached within the horizon</source>
        <translation>测算期内达不到盈利成本</translation>
    </message>
    <message>
        <source>Fix the marked field to run the cost model.</source>
        <translation>请先修正标出的字段，才能运行成本模型。</translation>
    </message>
    <message>
        <source>Enter the cost inputs to see when cost reaches a profitable level.</source>
        <translation>填写成本参数，即可看到成本何时降到可盈利水平。</translation>
    </message>
    <message>
        <source>Years to profitable cost: %1</source>
        <translation>降到盈利成本所需年数：%1</translation>
    </message>
    <message>
        <source>Years to profitable cost: not within the %1-year horizon</source>
        <translation>降到盈利成本所需年数：%1 年测算期内达不到</translation>
    </message>
    <message>
        <source>Cost curve</source>
        <translation>成本曲线</translation>
    </message>
</context>
<context>
    <name>tollgate::ScorecardListModel</name>
    <message>
        <source>%1&apos;s latest screening: it counts in the aggregate.</source>
        <translation>%1 的最新评估：计入汇总。</translation>
    </message>
    <message>
        <source>An earlier screening by %1, kept as history.</source>
        <translation>%1 的早期评估，作为历史保留。</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>tollgate::ScorecardPage</name>
    <message>
        <source>Back to my scorecard</source>
        <translation>回到我的评分卡</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>新一轮评估</translation>
    </message>
    <message>
        <source>Scorecard changed elsewhere</source>
        <translation>评分卡已在他处修改</translation>
    </message>
    <message>
        <source>Reload shows what is stored now (dated %1) and drops this change; Overwrite stores this change over it.</source>
        <translation>“重新载入”显示当前保存的内容（日期 %1）并放弃这次修改；“覆盖”用这次修改替换它。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>The change was not stored</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Start a new screening dated today from a copy of your latest one. Earlier screenings stay in the history.</source>
        <translation>以你最近一次评估为底稿，开始一轮日期为今天的新评估。之前的评估保留在历史中。</translation>
    </message>
    <message>
        <source>Scorecards of this project</source>
        <translation>该项目的评分卡</translation>
    </message>
    <message>
        <source>Every screening of this project (click one to read it):</source>
        <translation>该项目的历次评估（点击查看）：</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>All analysts</source>
        <translation>全部分析师</translation>
    </message>
    <message>
        <source>Select a project to see its scorecards.</source>
        <translation>选择一个项目以查看其评分卡。</translation>
    </message>
    <message>
        <source>All analysts (%1)</source>
        <translation>全部分析师（%1）</translation>
    </message>
    <message>
        <source>Set your analyst name in Settings to score this project.</source>
        <translation>请先在“设置”中填写分析师姓名，再给这个项目评分。</translation>
    </message>
    <message>
        <source>%1&apos;s screening of %2 — read-only</source>
        <translation>%1 对 %2 的评估 — 只读</translation>
    </message>
    <message>
        <source>Your screening, dated %1: it is stored with your first change.</source>
        <translation>你的评估，日期 %1：第一次修改时保存。</translation>
    </message>
    <message>
        <source>Your screening of %1 — every change is saved at once.</source>
        <translation>你对 %1 的评估 — 每次修改都会立即保存。</translation>
    </message>
    <message>
        <source>This scorecard</source>
        <translation>本评分卡</translation>
    </message>
    <message>
        <source>%1&apos;s scorecard</source>
        <translation>%1 的评分卡</translation>
    </message>
    <message>
        <source>&amp;Submit scorecard</source>
        <translation>提交评分卡(&amp;S)</translation>
    </message>
    <message>
        <source>Mark your screening as finished. Under blind scoring the other analysts&apos; scores of this project are shown once you submit.</source>
        <translation>把你的评估标记为已完成。盲评模式下，提交后才会显示其他分析师对该项目的评分。</translation>
    </message>
    <message>
        <source>Blind scoring: the other analysts&apos; scores stay hidden until you submit this scorecard.</source>
        <translation>盲评：在你提交这张评分卡之前，其他分析师的评分保持隐藏。</translation>
    </message>
</context>
<context>
    <name>tollgate::ScreeningMatrixChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;M %2 · C %3 · composite %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;M %2 · C %3 · 综合分 %4 · %5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more project(s) here</source>
        <translation>
            <numerusform>此处另有 %n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::SegmentTreeModel</name>
    <message>
        <source>Segments</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <source>A saved filter: click to apply it; right-click to delete it</source>
        <translation>已保存的筛选：单击应用，右键删除</translation>
    </message>
</context>
<context>
    <name>tollgate::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>分析师姓名</translation>
    </message>
    <message>
        <source>your name, as it appears on scorecards</source>
        <translation>你的姓名，会显示在评分卡上</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Money display</source>
        <translation>金额显示</translation>
    </message>
    <message>
        <source>CNY (¥1,200,000,000)</source>
        <translation>元（¥1,200,000,000）</translation>
    </message>
    <message>
        <source>亿元 (12.00 亿元)</source>
        <translation>亿元（12.00 亿元）</translation>
    </message>
    <message>
        <source>&amp;Analyst</source>
        <translation>分析师(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>A new language applies when Tollgate starts again.</source>
        <translation>新的语言在 Tollgate 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <source>Market gate</source>
        <translation>市场门槛</translation>
    </message>
    <message>
        <source>Cost gate</source>
        <translation>成本门槛</translation>
    </message>
    <message>
        <source>Gates of the scoring template (version %1)</source>
        <translation>评分模板的门槛（版本 %1）</translation>
    </message>
    <message>
        <source>Ma&amp;rket gate (M ≥)</source>
        <translation>市场门槛（M ≥）(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ost gate (C ≥)</source>
        <translation>成本门槛（C ≥）(&amp;O)</translation>
    </message>
    <message>
        <source>Changing a gate stores a new template version and re-evaluates every project.</source>
        <translation>修改门槛会保存一个新的模板版本，并重新评估所有项目。</translation>
    </message>
    <message>
        <source>Enter your name: scorecards and the history record it.</source>
        <translation>请输入你的姓名：评分卡和修改记录会记下它。</translation>
    </message>
    <message>
        <source>bn CNY (1.20 bn CNY)</source>
        <translation>十亿元（1.20 十亿元）</translation>
    </message>
    <message>
        <source>Fund name</source>
        <translation>基金名称</translation>
    </message>
    <message>
        <source>printed at the head of every memo</source>
        <translation>印在每份备忘录的抬头</translation>
    </message>
    <message>
        <source>&amp;Fund name</source>
        <translation>基金名称(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Blind scoring: hide other analysts&apos; scores of a project until I submit my own scorecard</source>
        <translation>盲评(&amp;B)：在我提交自己的评分卡之前，隐藏其他分析师对该项目的评分</translation>
    </message>
    <message>
        <source>This database (every analyst who opens it)</source>
        <translation>本数据库（对所有打开它的分析师生效）</translation>
    </message>
</context>
<context>
    <name>tollgate::StageChangeDialog</name>
    <message>
        <source>Move projects to their new stage</source>
        <translation>将项目移到新阶段</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>a project&apos;s stage change: name, old stage, new stage</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>The meeting&apos;s decisions move these projects. Apply the checked changes?</source>
        <translation>会议决议会变更以下项目的阶段。应用勾选的变更吗？</translation>
    </message>
</context>
<context>
    <name>tollgate::VotesModel</name>
    <message>
        <source>Attendee</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
</context>
<context>
    <name>tollgate::WelcomeDialog</name>
    <message>
        <source>Welcome to Tollgate</source>
        <translation>欢迎使用 Tollgate</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Tollgate&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Tollgate&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Tollgate screens chip companies with the fund&apos;s two questions: is the market big enough, and can cost come down to a profitable level within a visible time? Start with the sample portfolio to see how it works, or with an empty database.</source>
        <translation>Tollgate 用基金的两个问题来筛选芯片公司：市场空间是否足够大，成本能否在可见的时间内降到可盈利水平？可以先打开示例项目库看看怎么用，也可以从空数据库开始。</translation>
    </message>
    <message>
        <source>Open the sample portfolio</source>
        <translation>打开示例项目库</translation>
    </message>
    <message>
        <source>About 40 fictional projects across the ten segments, with scorecards and meetings.</source>
        <translation>约 40 个虚构项目，覆盖十个赛道，含评分卡和会议。</translation>
    </message>
    <message>
        <source>Create an empty database…</source>
        <translation>创建空数据库…</translation>
    </message>
    <message>
        <source>Choose where to keep your own pipeline.</source>
        <translation>选择保存你自己项目储备的位置。</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>A Tollgate file you or a colleague made.</source>
        <translation>你或同事创建的 Tollgate 文件。</translation>
    </message>
</context>
<context>
    <name>tollgate_cli</name>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; 没有 --%2 选项。</translation>
    </message>
    <message>
        <source>unknown option --%1 (a command&apos;s options come after the command).</source>
        <translation>未知选项 --%1（命令的选项要写在命令之后）。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 指定了两次。</translation>
    </message>
    <message>
        <source>--%1 needs a value: --%1 %2.</source>
        <translation>--%1 需要一个值：--%1 %2。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; 需要 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the argument &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; 不接受参数 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --%2 %3.</source>
        <translation>&apos;%1&apos; 需要 --%2 %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses no database: drop --db.</source>
        <translation>&apos;%1&apos; 不使用数据库：请去掉 --db。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>没有给出命令。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>The database is --db FILE, else $TOLLGATE_DB, else %1.
Edits are recorded under $TOLLGATE_ANALYST, else the login name.
Exit status: 0 success, 1 error (one line on stderr), 2 usage error.
</source>
        <translation>数据库取 --db FILE，否则取 $TOLLGATE_DB，否则为 %1。
修改记在 $TOLLGATE_ANALYST 名下，否则记在登录名下。
退出码：0 成功，1 出错（stderr 输出一行说明），2 用法错误。
</translation>
    </message>
    <message>
        <source>Usage: %1
</source>
        <translation>用法：%1
</translation>
    </message>
    <message>
        <source>Run &apos;tollgate-cli --help&apos; for more.
</source>
        <translation>运行 &apos;tollgate-cli --help&apos; 查看更多信息。
</translation>
    </message>
    <message>
        <source>%1: no such database; create it with &apos;tollgate-cli --db %1 init&apos;.</source>
        <translation>%1：没有这个数据库；请用 &apos;tollgate-cli --db %1 init&apos; 创建。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is ready (schema version %2, projects: %3).
</source>
        <translation>%1 已就绪（结构版本 %2，项目数：%3）。
</translation>
    </message>
    <message>
        <source>%1 fails its integrity check (problems: %2); the first: %3</source>
        <translation>%1 未通过完整性检查（问题数：%2）；第一个问题：%3</translation>
    </message>
    <message>
        <source>%1: integrity check passed, schema version %2.
</source>
        <translation>%1：完整性检查通过，结构版本 %2。
</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is written to a new file.</source>
        <translation>%1 已存在；备份只写入新文件。</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 and verified.
</source>
        <translation>%1 的备份已写入 %2 并通过校验。
</translation>
    </message>
    <message>
        <source>%1 is a folder, not a request file.</source>
        <translation>%1 是文件夹，不是请求文件。</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation>无法读取标准输入：%1。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>--%1 applies to CSV files only.</source>
        <translation>--%1 只适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the dry run: %1.</source>
        <translation>无法为试运行创建临时文件夹：%1。</translation>
    </message>
    <message>
        <source>Dry run: %1 would add %2 projects, %3 scorecards and %4 meetings; nothing was written.
</source>
        <translation>试运行：将向 %1 添加 %2 个项目、%3 张评分卡和 %4 场会议；未写入任何内容。
</translation>
    </message>
    <message>
        <source>Imported %1 projects, %2 scorecards and %3 meetings from %4 into %5.
</source>
        <translation>已从 %4 向 %5 导入 %1 个项目、%2 张评分卡和 %3 场会议。
</translation>
    </message>
    <message>
        <source>rejected: %1
</source>
        <translation>拒收：%1
</translation>
    </message>
    <message>
        <source>Rejected rows: %1, written to %2.
</source>
        <translation>拒收行数：%1，已写入 %2。
</translation>
    </message>
    <message>
        <source>Rows that would be rejected: %1.
</source>
        <translation>将被拒收的行数：%1。
</translation>
    </message>
    <message>
        <source>%1: no such file to import.</source>
        <translation>%1：要导入的文件不存在。</translation>
    </message>
    <message>
        <source>Exported %1 to %2.
</source>
        <translation>已将 %1 导出到 %2。
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Projects: %1
</source>
        <translation>项目数：%1
</translation>
    </message>
    <message>
        <source>No segment is called &apos;%1&apos;; the segments are %2.</source>
        <translation>没有名为 &apos;%1&apos; 的赛道；现有赛道为 %2。</translation>
    </message>
    <message>
        <source>--verdict must be pursue, market-gap, cost-gap, decline or incomplete; got &apos;%1&apos;.</source>
        <translation>--verdict 必须是 pursue、market-gap、cost-gap、decline 或 incomplete；实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--projects must be a whole number from 0 to %1; got &apos;%2&apos;.</source>
        <translation>--projects 必须是 0 到 %1 的整数；实际为 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1; got &apos;%2&apos;.</source>
        <translation>--seed 必须是 0 到 %1 的整数；实际为 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--seed applies only to a synthetic portfolio (--projects N above 0).</source>
        <translation>--seed 只适用于合成项目库（--projects N 大于 0）。</translation>
    </message>
    <message>
        <source>%1 is not empty (projects: %2); the sample goes only into an empty database (name a new file with --db).</source>
        <translation>%1 不是空库（项目数：%2）；示例数据只能写入空数据库（请用 --db 指定一个新文件）。</translation>
    </message>
    <message>
        <source>Added %1 projects, %2 scorecards and %3 meetings to %4.
</source>
        <translation>已向 %4 添加 %1 个项目、%2 张评分卡和 %3 场会议。
</translation>
    </message>
    <message>
        <source>%1 has no project with ID %2.</source>
        <translation>%1 中没有编号为 %2 的项目。</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>，位于 %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>融资额</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>Lead analyst</source>
        <translation>负责分析师</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Fund ends</source>
        <translation>基金到期</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>测算期内达不到</translation>
    </message>
    <message>
        <source>Market (M)</source>
        <translation>市场（M）</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本（C）</translation>
    </message>
    <message>
        <source>Knock-outs</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>Years to profitable cost</source>
        <translation>降到盈利成本所需年数</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议分</translation>
    </message>
    <message>
        <source>No scorecards yet.</source>
        <translation>还没有评分卡。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>analysts: %1</source>
        <translation>分析师：%1</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>分差</translation>
    </message>
    <message>
        <source>ID must be a project ID (a whole number above 0); got &apos;%1&apos;.</source>
        <translation>ID 必须是项目编号（大于 0 的整数）；实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Create the database (or bring an older one up to date).</source>
        <translation>创建数据库（或把旧数据库升级到最新版本）。</translation>
    </message>
    <message>
        <source>Fill an empty database with the bundled sample portfolio, or N synthetic projects.</source>
        <translation>向空数据库填入自带的示例项目库，或 N 个合成项目。</translation>
    </message>
    <message>
        <source>Add the projects of a CSV or JSON file, all or nothing.</source>
        <translation>导入 CSV 或 JSON 文件中的项目，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>The project table: segment by key or name, verdict by key.</source>
        <translation>项目表：按赛道键或名称、按结论键筛选。</translation>
    </message>
    <message>
        <source>One project with its scorecards and evaluation.</source>
        <translation>单个项目及其评分卡和评估结果。</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version.</source>
        <translation>检查数据库的完整性和结构版本。</translation>
    </message>
    <message>
        <source>Write a verified copy of the database to a new file.</source>
        <translation>把数据库的校验副本写入新文件。</translation>
    </message>
    <message>
        <source>Score one JSON request (a file, or - for standard input); no database.</source>
        <translation>对一个 JSON 请求评分（文件，或用 - 表示标准输入）；不使用数据库。</translation>
    </message>
    <message>
        <source>Usage: %1
  %2
</source>
        <translation>用法：%1
  %2
</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .html file; got &apos;%1&apos;.</source>
        <translation>--out 必须是 .pdf 或 .html 文件；实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Wrote the memo of project %1 to %2.
</source>
        <translation>已把项目 %1 的备忘录写入 %2。
</translation>
    </message>
    <message>
        <source>Write one project&apos;s investment memo as a PDF or HTML file.</source>
        <translation>把单个项目的投资备忘录写成 PDF 或 HTML 文件。</translation>
    </message>
    <message>
        <source>Write every project to a CSV or JSON file or an Excel workbook.</source>
        <translation>把所有项目写入 CSV、JSON 文件或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>议题数</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Meetings: %1
</source>
        <translation>会议数：%1
</translation>
    </message>
    <message>
        <source>ID must be a meeting ID (a whole number above 0); got &apos;%1&apos;.</source>
        <translation>ID 必须是会议编号（大于 0 的整数）；实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--out must name a .pdf file; got &apos;%1&apos;.</source>
        <translation>--out 必须是 .pdf 文件；实际为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Wrote the meeting pack to %1
</source>
        <translation>已把会议材料包写入 %1
</translation>
    </message>
    <message>
        <source>The review meetings: date, status, title and agenda.</source>
        <translation>投决会列表：日期、状态、标题和议程。</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s pack (cover, agenda, memos, minutes) to a PDF file.</source>
        <translation>把会议材料包（封面、议程、备忘录、纪要）写入 PDF 文件。</translation>
    </message>
</context>
</TS>
