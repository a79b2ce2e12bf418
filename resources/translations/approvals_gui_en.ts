<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>一次办结 — 环评审批时限管理</source>
        <translation>One-Go — EIA Approval Deadlines</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>超期 %1 件 · 即将到期 %2 件 · 共 %3 件</source>
        <translation>%1 overdue · %2 due soon · %3 in all</translation>
    </message>
    <message>
        <source>载入失败：%1</source>
        <translation>Loading failed: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>受理编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>strings</name>
    <message>
        <source>收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>补正</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>技术评估</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <source>审查</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>拟批准公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>环境影响报告书</source>
        <translation>EIA report</translation>
    </message>
    <message>
        <source>环境影响报告表</source>
        <translation>EIA form</translation>
    </message>
    <message>
        <source>告知承诺制审批</source>
        <translation>Notify-and-commit approval</translation>
    </message>
    <message>
        <source>暂停：%1</source>
        <translation>Paused: %1</translation>
    </message>
    <message numerus="yes">
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform>%n workday over</numerusform>
            <numerusform>%n workdays over</numerusform>
        </translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>待受理 剩 %n 个工作日</source>
        <translation>
            <numerusform>To accept: %n workday left</numerusform>
            <numerusform>To accept: %n workdays left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>剩 %n 个工作日</source>
        <translation>
            <numerusform>%n workday left</numerusform>
            <numerusform>%n workdays left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>提前办结 用时 %n 个工作日</source>
        <translation>
            <numerusform>Early, in %n workday</numerusform>
            <numerusform>Early, in %n workdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>按时办结 用时 %n 个工作日</source>
        <translation>
            <numerusform>On time, in %n workday</numerusform>
            <numerusform>On time, in %n workdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超期办结 用时 %n 个工作日</source>
        <translation>
            <numerusform>Late, in %n workday</numerusform>
            <numerusform>Late, in %n workdays</numerusform>
        </translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <source>提前办结</source>
        <translation>Done early</translation>
    </message>
    <message>
        <source>按时办结</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>超期办结</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用，请稍后再试。</source>
        <translation>The database is in use by another program. Please try again shortly.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是本程序的数据库，请从备份恢复。</source>
        <translation>The database file is damaged or is not this program&apos;s database. Please restore it from a backup.</translation>
    </message>
    <message>
        <source>无法打开数据库文件，请检查路径和访问权限。</source>
        <translation>The database file cannot be opened. Please check the path and the access rights.</translation>
    </message>
    <message>
        <source>该数据库由更新版本的程序创建，请升级本程序后再打开。</source>
        <translation>This database was made by a newer version of the program. Please upgrade before opening it.</translation>
    </message>
    <message>
        <source>该申请已被他人修改，请重新载入后再操作。</source>
        <translation>Someone else changed this application first. Please reload it and try again.</translation>
    </message>
    <message>
        <source>找不到该记录，可能已被删除。</source>
        <translation>The record cannot be found.</translation>
    </message>
    <message>
        <source>已存在相同的记录（统一社会信用代码或编号重复）。</source>
        <translation>A record with the same credit code or number exists already.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，当前为 %1 位。</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>第 %1 位字符“%2”不允许使用（不含 I、O、S、V、Z）。</source>
        <translation>Character %1 (“%2”) is not allowed (I, O, S, V and Z are never used).</translation>
    </message>
    <message>
        <source>首位“%1”不是有效的登记管理部门代码。</source>
        <translation>The first character “%1” is not a registration authority code.</translation>
    </message>
    <message>
        <source>校验位应为“%2”，实为“%1”，请核对是否输错。</source>
        <translation>The check character should be “%2” but is “%1”: a character is mistyped.</translation>
    </message>
    <message>
        <source>日期超出日历范围。</source>
        <translation>The date is outside the calendar.</translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>数值不能为负数。</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <source>未知的时限单位。</source>
        <translation>Unknown time-limit unit.</translation>
    </message>
    <message>
        <source>未知的审批类别。</source>
        <translation>Unknown application category.</translation>
    </message>
    <message>
        <source>当前环节不允许此操作。</source>
        <translation>This step is not allowed at the current stage.</translation>
    </message>
    <message>
        <source>一次性告知须列明需补正的全部材料。</source>
        <translation>A supplement notice must list every missing material.</translation>
    </message>
    <message>
        <source>请填写理由。</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>审批决定须填写文号。</source>
        <translation>A decision needs its document number.</translation>
    </message>
    <message>
        <source>没有可撤销的步骤。</source>
        <translation>There is no step to undo.</translation>
    </message>
    <message>
        <source>该申请已延期过一次，不能再次延期。</source>
        <translation>This application has been extended once already.</translation>
    </message>
    <message>
        <source>当前环节不能延期。</source>
        <translation>The limit cannot be extended at this stage.</translation>
    </message>
    <message>
        <source>延期天数须在 1 至 %1 个工作日之间。</source>
        <translation>An extension is 1 to %1 working days.</translation>
    </message>
    <message>
        <source>日期不能早于上一步骤的日期。</source>
        <translation>The date cannot be before the previous step.</translation>
    </message>
    <message>
        <source>日期不能晚于今天。</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>此项为必填项。</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>请输入不小于 0 的数字。</source>
        <translation>Please enter a number of 0 or more.</translation>
    </message>
    <message>
        <source>时限规则不合理：承诺时限不能长于法定时限，数值不能为负。</source>
        <translation>The rule is not valid: the promised limit cannot exceed the statutory one, and no figure can be negative.</translation>
    </message>
</context>
</TS>
