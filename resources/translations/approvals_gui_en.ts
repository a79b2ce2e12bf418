<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationsController</name>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>载入失败：%1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <source>超法定期限 %1 件 · 超承诺或送达超期 %2 件 · 即将到期 %3 件 · 共 %4 件</source>
        <translation>Past statutory limit %1 · past promise or delivery date %2 · due soon %3 · %4 in all</translation>
    </message>
    <message>
        <source>（正在载入已办结事项…）</source>
        <translation> (loading finished items…)</translation>
    </message>
    <message>
        <source>（正在重新载入…）</source>
        <translation> (reloading…)</translation>
    </message>
    <message>
        <source>%1 已在另一台电脑上办理或改派，不再列在当前列表中；可在“全部申请”中查看。</source>
        <translation>%1 was acted on or reassigned at another desk and is no longer in this list; it is in “All applications”.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>尚未填写您的姓名，无从列出您名下的事项。请在&lt;a href=&quot;settings&quot;&gt;“设置”&lt;/a&gt;中填写；&lt;a href=&quot;all&quot;&gt;查看全部申请…&lt;/a&gt;</source>
        <translation>Your name has not been given yet, so your items cannot be listed. Enter it in &lt;a href=&quot;settings&quot;&gt;“Settings”&lt;/a&gt;; &lt;a href=&quot;all&quot;&gt;see all applications…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>按编号、项目名称、建设单位或统一社会信用代码筛选（Ctrl+F）</source>
        <translation>Filter by number, project, enterprise or credit code (Ctrl+F)</translation>
    </message>
    <message>
        <source>搜索编号、项目、单位、信用代码</source>
        <translation>Search number, project, enterprise, credit code</translation>
    </message>
    <message>
        <source>只看该单位审批或目前在该单位的申请</source>
        <translation>Only applications this unit decides or now holds</translation>
    </message>
    <message>
        <source>显示已办结</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <source>也列出已送达、不予受理和撤回的申请</source>
        <translation>Also list delivered, not accepted and withdrawn applications</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>清除搜索和本视图的全部筛选条件</source>
        <translation>Clear the search and every filter of this view</translation>
    </message>
    <message>
        <source>按环节筛选</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>按审批类别筛选</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>按承办人筛选</source>
        <translation>Filter by handler</translation>
    </message>
    <message>
        <source>按时限状态筛选</source>
        <translation>Filter by time-limit status</translation>
    </message>
    <message>
        <source>全部环节</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>超承诺或送达超期</source>
        <translation>Past promise or delivery date</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部承办人</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1（已停用）</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>点击排序；拖动调整顺序；右键选择显示哪些列</source>
        <translation>Click to sort; drag to reorder; right-click to choose the columns</translation>
    </message>
    <message>
        <source>显示的列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>恢复默认列</source>
        <translation>Default columns</translation>
    </message>
    <message numerus="yes">
        <source>%n 件</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 件（载入中…）</source>
        <translation>
            <numerusform>%n item (loading…)</numerusform>
            <numerusform>%n items (loading…)</numerusform>
        </translation>
    </message>
    <message>
        <source>还没有任何申请：点&lt;a href=&quot;register&quot;&gt;“收件登记”&lt;/a&gt;登记第一件，或从&lt;a href=&quot;import&quot;&gt;“文件 → 导入台账…”&lt;/a&gt;导入。</source>
        <translation>No applications yet: click &lt;a href=&quot;register&quot;&gt;“Register”&lt;/a&gt; to register the first one, or import them with &lt;a href=&quot;import&quot;&gt;“File → Import ledger…”&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>未能载入申请：%1&lt;br&gt;&lt;a href=&quot;retry&quot;&gt;重新载入（F5）&lt;/a&gt;</source>
        <translation>The applications could not be loaded: %1&lt;br&gt;&lt;a href=&quot;retry&quot;&gt;Load again (F5)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>没有符合筛选条件的申请。&lt;a href=&quot;clear&quot;&gt;清除筛选&lt;/a&gt;</source>
        <translation>No application matches the filters. &lt;a href=&quot;clear&quot;&gt;Clear filters&lt;/a&gt;</translation>
    </message>
    <message>
        <source>您名下没有在办事项。新收件请点&lt;a href=&quot;register&quot;&gt;“收件登记”&lt;/a&gt;（Ctrl+N）；&lt;a href=&quot;all&quot;&gt;查看全部申请…&lt;/a&gt;</source>
        <translation>You have no open items. To register a new one, click &lt;a href=&quot;register&quot;&gt;“Register”&lt;/a&gt; (Ctrl+N); &lt;a href=&quot;all&quot;&gt;see all applications…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>没有在办的申请。&lt;a href=&quot;finished&quot;&gt;显示已办结&lt;/a&gt;</source>
        <translation>No open applications. &lt;a href=&quot;finished&quot;&gt;Show finished&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>AuthoritiesTab</name>
    <message>
        <source>另一台电脑刚修改并保存了审批权限；您在此处的修改尚未保存，保存时会被拒绝。点“还原”查看最新的审批权限后再修改。</source>
        <translation>Another computer has just changed and saved the approval authority; your changes here are not saved and would be refused. Click “Revert” to see the latest approval authority, then make your changes.</translation>
    </message>
    <message>
        <source>下放属地分局审批的类别，由项目所在地的区县分局审批；该地没有启用的分局时仍由市局审批。表中未列的类别由市局审批。</source>
        <translation>Categories delegated to the local branch are decided by the county branch where the project lies; where there is no active branch, the city bureau decides. Categories not in the table are decided by the city bureau.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>审批层级</source>
        <translation>Approval level</translation>
    </message>
    <message>
        <source>依据（如下放文件文号）</source>
        <translation>Basis (e.g. delegation document number)</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>保存审批权限</source>
        <translation>Save authority</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>数据库已备份到：
%1
（每个数据库保留最近 7 份备份。）</source>
        <translation>The database is backed up to:
%1
(The newest 7 backups of each database are kept.)</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>已自动备份数据库：%1</source>
        <translation>Database backed up automatically: %1</translation>
    </message>
    <message>
        <source>自动备份未完成：%1</source>
        <translation>The automatic backup was not made: %1</translation>
    </message>
    <message>
        <source>共享的服务器数据库由服务器备份和恢复（pg_dump），请联系管理员。</source>
        <translation>A shared server database is backed up and restored on the server (pg_dump); please ask the administrator.</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>%1（推算）</source>
        <comment>a date counted on estimated holidays</comment>
        <translation>%1 (estimated)</translation>
    </message>
    <message>
        <source>%1 年节假日安排尚未公布，到期日按推算日历计算</source>
        <translation>The %1 holiday schedule is not published yet; the due date uses an estimated calendar</translation>
    </message>
    <message>
        <source>（%1 到期，推算）</source>
        <translation> (due %1, estimated)</translation>
    </message>
    <message>
        <source>（%1：%2，推算）</source>
        <comment>a case&apos;s date, counted on estimated holidays</comment>
        <translation> (%1 %2, estimated)</translation>
    </message>
    <message>
        <source>%1 年节假日安排尚未公布，到期日和剩余日数按推算日历计算</source>
        <translation>The %1 holiday schedule is not published yet; the due date and the days left are counted on an estimated calendar</translation>
    </message>
    <message>
        <source>这里的延期只用于审批申请：12369 案件在“12369 热线”页延期，服务日跟进的期限在“企业服务日”页编辑。</source>
        <translation>Extending here is for applications only: a 12369 case is extended on the 12369 hotline page, and a service-day follow-up&apos;s date is edited on the Service days page.</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>按承办人</source>
        <translation>By handler</translation>
    </message>
    <message>
        <source>按区县</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>只看该单位审批或目前在该单位的事项</source>
        <translation>Only items this unit decides or now holds</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部承办人</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>红色（已超期）</source>
        <translation>Red (overdue)</translation>
    </message>
    <message>
        <source>黄色（即将到期）</source>
        <translation>Yellow (due soon)</translation>
    </message>
    <message>
        <source>搜索编号、项目、企业或信用代码</source>
        <translation>Search number, project, enterprise or credit code</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>为选中的申请批准延期（须说明理由）</source>
        <translation>Grant the selected application an extension (a reason is required)</translation>
    </message>
    <message>
        <source>此申请不能延期：该类别的法律规定不得延期。</source>
        <translation>This application cannot be extended: the law of its category allows no extension.</translation>
    </message>
    <message>
        <source>此申请不能延期：已延期过一次。</source>
        <translation>This application cannot be extended: it has been extended once already.</translation>
    </message>
    <message>
        <source>此申请还不能延期：尚未办理受理（逾期未受理的视为已受理），请先受理。</source>
        <translation>This application cannot be extended yet: it has not been accepted here (one not decided on in time counts as accepted). Accept it first.</translation>
    </message>
    <message>
        <source>此申请不能延期：已作出审批决定。</source>
        <translation>This application cannot be extended: the decision has been made.</translation>
    </message>
    <message>
        <source>此申请不能延期：法定期限已过，延期须在期限届满前批准。</source>
        <translation>This application cannot be extended: its statutory date has passed, and an extension must be granted before it.</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>没有符合条件的事项。</source>
        <translation>Nothing matches.</translation>
    </message>
    <message>
        <source>已筛选&#x3000;%1</source>
        <translation>Filtered: %1</translation>
    </message>
    <message>
        <source>没有超期或即将到期的事项。</source>
        <translation>Nothing is overdue or due soon.</translation>
    </message>
    <message>
        <source>正在载入超期和即将到期的事项…</source>
        <translation>Loading what is overdue or due soon…</translation>
    </message>
    <message>
        <source>未能载入超期事项：%1（按 F5 重新载入）</source>
        <translation>Could not load the overdue items: %1 (press F5 to load again)</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>超法定期限 %1 件 · 超承诺或送达超期 %2 件 · 即将到期 %3 件</source>
        <translation>Past statutory limit %1 · past promise or delivery date %2 · due soon %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — 超期 %2 件 · 即将到期 %3 件</source>
        <translation>%1 — overdue %2 · due soon %3</translation>
    </message>
    <message numerus="yes">
        <source>超法定 %n 个工作日</source>
        <translation>
            <numerusform>%n working day past the statutory limit</numerusform>
            <numerusform>%n working days past the statutory limit</numerusform>
        </translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>（另有听证期限：超期 %1 件 · 即将到期 %2 件）</source>
        <translation> (plus hearing deadlines: overdue %1 · due soon %2)</translation>
    </message>
    <message>
        <source>跟进事项：超期 %1 件 · 即将到期 %2 件</source>
        <translation>Follow-ups: overdue %1 · due soon %2</translation>
    </message>
    <message>
        <source>热线案件：超期 %1 件 · 即将到期 %2 件</source>
        <translation>12369 cases: overdue %1 · due soon %2</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the board&apos;s counts</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>申请：%1；%2</source>
        <translation>Applications: %1; %2</translation>
    </message>
    <message>
        <source>服务日跟进事项</source>
        <translation>Service-day follow-ups</translation>
    </message>
    <message>
        <source>12369 热线案件</source>
        <translation>12369 hotline cases</translation>
    </message>
    <message>
        <source>服务日 %1 · 跟进</source>
        <translation>Service day %1 · follow-up</translation>
    </message>
    <message numerus="yes">
        <source>超承诺 %n 个工作日</source>
        <translation>
            <numerusform>%n working day past promise</numerusform>
            <numerusform>%n working days past promise</numerusform>
        </translation>
    </message>
    <message>
        <source>（%1 到期）</source>
        <translation> (due %1)</translation>
    </message>
    <message>
        <source>（%1：%2）</source>
        <comment>a case&apos;s date: its name, then the day</comment>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>法定期限 %1，尚余 %n 个工作日</source>
        <translation>
            <numerusform>Statutory limit %1, %n working day left</numerusform>
            <numerusform>Statutory limit %1, %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>法定期限 %1，今日届满</source>
        <translation>Statutory limit %1: today is its last day</translation>
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <source>推算</source>
        <comment>a day of a year whose schedule is not published</comment>
        <translation>estimated</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between a day&apos;s notes</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>已撤销 %1 年节假日安排的确认。</source>
        <translation>Confirmation of %1&apos;s holiday schedule withdrawn.</translation>
    </message>
    <message>
        <source>撤销对 %1 年节假日安排的确认？
该年的节假日将重新视为推算，到期日落在或跨入该年的申请重新标注“可能变动”。</source>
        <translation>Withdraw the confirmation of %1&apos;s holiday schedule?
Its holidays will be an estimate again, and applications whose due dates fall in or run into %1 will again be flagged as subject to change.</translation>
    </message>
    <message>
        <source>撤销年度确认</source>
        <translation>Withdraw confirmation</translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 天的节假日安排，到期日已随之更新。</source>
        <translation>
            <numerusform>%n day of the holiday schedule imported; due dates follow.</numerusform>
            <numerusform>%n days of the holiday schedule imported; due dates follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 等</source>
        <translation>%1 and more</translation>
    </message>
    <message numerus="yes">
        <source>所选日期中有 %n 天早于今天：%1。
已算出的到期日、超期和按期办结都会随之改变。确定更改？</source>
        <translation>
            <numerusform>%n of the chosen days is already past: %1.
Due dates, overdue counts and on-time figures worked out by it will change. Change it?</numerusform>
            <numerusform>%n of the chosen days are already past: %1.
Due dates, overdue counts and on-time figures worked out by them will change. Change them?</numerusform>
        </translation>
    </message>
    <message>
        <source>更改已过去的日期</source>
        <translation>Change days already past</translation>
    </message>
    <message>
        <source>所选日期已是工作日，未作更改。</source>
        <translation>The chosen days are working days already: nothing changed.</translation>
    </message>
    <message>
        <source>所选日期已是休息日，未作更改。</source>
        <translation>The chosen days are rest days already: nothing changed.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>以下日期是国务院公布的法定节假日：
%1
设为上班日后，各期限将把这些日期计为工作日。确定更改？</source>
        <translation>These days are public holidays in the State Council&apos;s schedule:
%1
As working days, every time limit will count them. Change them?</translation>
    </message>
    <message>
        <source>以下日期是国务院公布的调休上班日：
%1
设为休息日后，各期限将不再计算这些日期。确定更改？</source>
        <translation>These days are make-up working days in the State Council&apos;s schedule:
%1
As rest days, no time limit will count them. Change them?</translation>
    </message>
    <message>
        <source>与国务院节假日安排不同</source>
        <translation>Unlike the State Council&apos;s schedule</translation>
    </message>
    <message>
        <source>设为节假日</source>
        <translation>Mark as holiday</translation>
    </message>
    <message>
        <source>节日名称（可不填）：</source>
        <translation>Holiday name (optional):</translation>
    </message>
    <message>
        <source>确认年度安排</source>
        <translation>Confirm the year&apos;s schedule</translation>
    </message>
    <message>
        <source>确认 %1 年的节假日安排已按国务院办公厅通知核对无误？</source>
        <translation>Confirm that the %1 holiday schedule has been checked against the State Council&apos;s notice?</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>%1 年：已确认（%2于 %3 依据国务院办公厅通知确认）</source>
        <translation>%1: confirmed by %2 on %3 (entered from the State Council&apos;s notice)</translation>
    </message>
    <message>
        <source>撤销确认…</source>
        <translation>Withdraw confirmation…</translation>
    </message>
    <message>
        <source>确认有误时撤销：该年节假日重新视为推算，相关到期日重新标注可能变动</source>
        <translation>If the year was confirmed by mistake: its holidays become an estimate again, and the due dates they affect are flagged as subject to change</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>今天：%1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>确认本年度安排</source>
        <translation>Confirm this year</translation>
    </message>
    <message>
        <source>国务院办公厅通知发布并核对无误后确认</source>
        <translation>Confirm once the State Council&apos;s notice is out and checked</translation>
    </message>
    <message>
        <source>设为节假日…</source>
        <translation>Mark as holiday…</translation>
    </message>
    <message>
        <source>设为调休上班</source>
        <translation>Mark as make-up working day</translation>
    </message>
    <message>
        <source>删除本地设置</source>
        <translation>Remove local entry</translation>
    </message>
    <message>
        <source>从 CSV 导入…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>粗体带 * 的日期为本单位录入，其余来自国务院安排</source>
        <translation>Days in bold with * were entered here; the others come from the State Council&apos;s schedule</translation>
    </message>
    <message>
        <source>%1 年：已确认（按国务院办公厅通知录入）</source>
        <translation>%1: confirmed (entered from the State Council&apos;s notice)</translation>
    </message>
    <message>
        <source>%1 年：未确认——节假日为推算，到期日可能变动</source>
        <translation>%1: not confirmed — holidays are estimated, due dates may move</translation>
    </message>
    <message>
        <source>休</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>按星期</source>
        <translation>Day of the week</translation>
    </message>
    <message>
        <source>国务院安排（随程序提供）</source>
        <translation>State Council schedule (shipped)</translation>
    </message>
    <message>
        <source>本单位录入</source>
        <translation>Entered here</translation>
    </message>
    <message numerus="yes">
        <source>已选 %n 天</source>
        <translation>
            <numerusform>%n day selected</numerusform>
            <numerusform>%n days selected</numerusform>
        </translation>
    </message>
    <message>
        <source>选择日期后可设为节假日或调休上班。</source>
        <translation>Select days to mark them as holidays or make-up working days.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>办理</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>进入环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <source>在左侧列表中选择一件举报，这里显示其详情和可办理的步骤。</source>
        <translation>Select a report in the list to see its details and the steps it can take.</translation>
    </message>
    <message>
        <source>%1（%2 %3）</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>为什么是这个日期？</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>逐项说明各个期限是怎样算出来的</source>
        <translation>Shows how each deadline was worked out</translation>
    </message>
    <message>
        <source>交办单…</source>
        <translation>Assignment slip…</translation>
    </message>
    <message>
        <source>打印交承办单位的交办单（PDF）</source>
        <translation>Print the assignment slip for the handling unit (PDF)</translation>
    </message>
    <message>
        <source>交办给承办单位后才能打印交办单</source>
        <translation>The assignment slip can be printed once the case is handed to a unit</translation>
    </message>
    <message>
        <source>办结报告…</source>
        <translation>Closing report…</translation>
    </message>
    <message>
        <source>打印本案的办结报告（PDF）</source>
        <translation>Print this case&apos;s closing report (PDF)</translation>
    </message>
    <message>
        <source>办结后才能打印办结报告</source>
        <translation>The closing report can be printed once the case is closed</translation>
    </message>
    <message>
        <source>举报内容</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>被举报企业</source>
        <translation>Enterprise reported</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>举报人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>登记单位</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>当前环节</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>合并办理</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>已并入 %1 一并办理</source>
        <translation>Merged into %1 and handled with it</translation>
    </message>
    <message>
        <source>并入 %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <source>%1，%2 收到（%3）</source>
        <translation>%1, received %2 (%3)</translation>
    </message>
    <message>
        <source>合并的重复举报</source>
        <translation>Merged repeat reports</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>按期</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>late</translation>
    </message>
    <message>
        <source>%1 已办理，%2（期限 %3）</source>
        <translation>%1 done, %2 (due %3)</translation>
    </message>
    <message>
        <source>交 %1，%2 前反馈</source>
        <translation>to %1, report back by %2</translation>
    </message>
    <message numerus="yes">
        <source>延期 %n 天</source>
        <translation>
            <numerusform>Extended by %n day</numerusform>
            <numerusform>Extended by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>处罚</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the parts of a remark</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>回访评价</source>
        <translation>Follow-up call</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <source>将撤销</source>
        <translation>To undo</translation>
    </message>
    <message>
        <source>%1（%2，%3），回到“%4”</source>
        <translation>%1 (%2, %3), back to “%4”</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>办理日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>请选择承办单位</source>
        <translation>Choose the handling unit</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Report back by</translation>
    </message>
    <message>
        <source>办理期限 %1 是休息日，请确认。</source>
        <translation>The date to report back, %1, is a rest day: please check it.</translation>
    </message>
    <message>
        <source>调查情况 *</source>
        <translation>Findings *</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>处罚情况</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>理由 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>举报人评价 *</source>
        <translation>Reporter&apos;s rating *</translation>
    </message>
    <message>
        <source>没有同一企业或地址的在办案件</source>
        <translation>No open case about the same enterprise or address</translation>
    </message>
    <message>
        <source>请选择要并入的在办案件</source>
        <translation>Choose the open case to merge into</translation>
    </message>
    <message>
        <source>%1（%2 收到）</source>
        <translation>%1 (received %2)</translation>
    </message>
    <message>
        <source>并入案件 *</source>
        <translation>Merge into *</translation>
    </message>
    <message>
        <source>请选择承办单位。</source>
        <translation>Choose the handling unit.</translation>
    </message>
    <message>
        <source>请填写调查情况。</source>
        <translation>Enter the findings.</translation>
    </message>
    <message>
        <source>请选择举报人的评价。</source>
        <translation>Choose the reporter&apos;s rating.</translation>
    </message>
    <message>
        <source>请选择要并入的在办案件。</source>
        <translation>Choose the open case to merge into.</translation>
    </message>
    <message>
        <source>没有可以并入的在办案件：只能并入同一企业或地址的在办案件。</source>
        <translation>No open case to merge into: a report joins an open case about the same enterprise or address.</translation>
    </message>
    <message>
        <source>另一台电脑刚刚办理了此案件（现为“%1”），这里的办理无法保存。请取消后查看最新情况。</source>
        <translation>Another desk has just acted on this case (now “%1”); this step cannot be saved. Cancel and look at it as it is now.</translation>
    </message>
    <message>
        <source>办理期限不能早于办理日期。</source>
        <translation>The date to report by cannot be before the date of this step.</translation>
    </message>
</context>
<context>
    <name>CaseWhyDialog</name>
    <message>
        <source>期限按自然日计算；期限最后一日为休息日的，顺延至下一个工作日。</source>
        <translation>Periods are in calendar days; a period whose last day is a rest day ends on the next working day.</translation>
    </message>
    <message>
        <source>收到举报之日</source>
        <translation>the day the report was received</translation>
    </message>
    <message>
        <source>交办之日</source>
        <translation>the day it was handed to the unit</translation>
    </message>
    <message>
        <source>受理之日</source>
        <translation>the day it was accepted</translation>
    </message>
    <message>
        <source>申请复查之日</source>
        <translation>the day a review was requested</translation>
    </message>
    <message>
        <source>申请复核之日</source>
        <translation>the day a re-examination was requested</translation>
    </message>
    <message>
        <source>%1，%2；次日为第 1 天</source>
        <translation>%1, %2; the next day is day 1</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>起算</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>交办时确定的承办单位反馈日期</source>
        <translation>The date the handling unit was given when the case was handed over</translation>
    </message>
    <message numerus="yes">
        <source>%n 个自然日</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message numerus="yes">
        <source>延长 %n 天。理由：%2</source>
        <translation>
            <numerusform>Extended by %n day. Reason: %2</numerusform>
            <numerusform>Extended by %n days. Reason: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>顺延</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message numerus="yes">
        <source>%1 为休息日，顺延 %n 天</source>
        <translation>
            <numerusform>%1 is a rest day: moved on by %n day</numerusform>
            <numerusform>%1 is a rest day: moved on by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>新名称用于各列表、统计和此后打印的通知书；时限不变。已作出审批决定的申请，其文书仍按决定时的规则使用原名称。</source>
        <translation>The new name is used in lists, figures and notices printed from now on; the limits stay as they are. Applications already decided keep the rule they were decided under, so their documents keep the old name.</translation>
    </message>
    <message>
        <source>重命名审批类别</source>
        <translation>Rename approval category</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>新增审批类别</source>
        <translation>Add approval category</translation>
    </message>
    <message>
        <source>如：危险废物经营许可证核发</source>
        <translation>e.g. 危险废物经营许可证核发 (hazardous waste licence)</translation>
    </message>
    <message>
        <source>新类别先沿用所选类别的时限和暂停环节，法律依据留空；新增后请在下方核对时限、填写法律依据，再保存规则。</source>
        <translation>The new category starts with the chosen category&apos;s limits and pauses, and no legal basis: once it is added, check its limits below, fill in its legal basis, and save the rule.</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>时限参照</source>
        <translation>Start from the limits of</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>正在完成</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <source>正在完成最后的操作（数据库的保存，或导出文件的写入），完成后窗口自动关闭。</source>
        <translation>Finishing the last operation (a save to the database, or an export being written); the window closes by itself when it is done.</translation>
    </message>
    <message>
        <source>数据库服务器长时间没有响应时，可以立即退出；尚未完成的操作不会保存。</source>
        <translation>If the database server does not answer for a long time, you can quit now; the unfinished operation is not saved.</translation>
    </message>
    <message>
        <source>立即退出</source>
        <translation>Quit now</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>从日历中选择</source>
        <translation>Pick from a calendar</translation>
    </message>
    <message>
        <source>如 2026-12-01、2026/12/1、2026年12月1日 或 20261201</source>
        <translation>For example 2026-12-01, 2026/12/1 or 20261201</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>%1，于 %2 送达</source>
        <translation>%1; delivered on %2</translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 个工作日送达</source>
        <translation>
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
    <message>
        <source>暂不能%1：%2</source>
        <translation>“%1” is not possible yet. %2</translation>
    </message>
    <message>
        <source>已撤销（%1 %2）</source>
        <translation>Taken back (%1, %2)</translation>
    </message>
    <message>
        <source>撤销“%1”</source>
        <translation>Undo “%1”</translation>
    </message>
    <message>
        <source>在进入的环节停留的工作日：至下一步，或仍在其中时至今天</source>
        <translation>Working days spent in the stage entered: up to the next step, or to today while still in it</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <source>在左侧列表中选择一件申请，这里显示其详情。</source>
        <translation>Select an application in the list to see its details here.</translation>
    </message>
    <message>
        <source>收起详情栏（Ctrl+I 再次打开）</source>
        <translation>Hide the details (Ctrl+I shows them again)</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>建设单位、类别、承办人和所在单位</source>
        <translation>Enterprise, category, handler and current unit</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>各个期限、剩余工作日和计时起点</source>
        <translation>Each deadline, working days left and when the clock started</translation>
    </message>
    <message>
        <source>每一步的日期、办理人、文号和备注</source>
        <translation>Each step&apos;s date, who took it, document number and remarks</translation>
    </message>
    <message>
        <source>可出具的书面通知和决定书</source>
        <translation>The written notices and decisions that can be issued</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>进入环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>工作日数</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>✔ 已一次办结</source>
        <translation>✔ Completed in one go</translation>
    </message>
    <message>
        <source>✔ 仍可一次办结（补正通知不超过一次）</source>
        <translation>✔ Can still be completed in one go (at most one supplement notice)</translation>
    </message>
    <message>
        <source>✘ 未能一次办结：补正通知超过一次</source>
        <translation>✘ Not completed in one go: more than one supplement notice</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>审批类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>当前环节</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>审批单位</source>
        <translation>Deciding unit</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Current unit</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>总投资（万元）</source>
        <translation>Investment (10k CNY)</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>%1 已发补正通知，等待补正材料；收到材料后重新计算 5 个工作日的受理期限。</source>
        <translation>Supplement notice sent on %1; waiting for the materials. The 5 working days to decide on acceptance start again when they arrive.</translation>
    </message>
    <message>
        <source>受理决定期限</source>
        <translation>Acceptance decision due (intake limit)</translation>
    </message>
    <message>
        <source>%1（逾期未作受理决定，自收件之日起视为受理）</source>
        <translation>%1 (no acceptance decision in time: deemed accepted on receipt)</translation>
    </message>
    <message>
        <source>计时起点</source>
        <translation>Clock starts</translation>
    </message>
    <message>
        <source>承诺期限</source>
        <translation>Promised due date</translation>
    </message>
    <message numerus="yes">
        <source>%1，原期限 %2，已延期 %n 个工作日</source>
        <translation>
            <numerusform>%1 (originally %2, extended by %n working day)</numerusform>
            <numerusform>%1 (originally %2, extended by %n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>法定期限</source>
        <translation>Statutory due date</translation>
    </message>
    <message>
        <source>收件等日期超出日历范围（%1—%2 年），无法计算时限；请核对日期。</source>
        <translation>A date (received or later) lies outside the calendar (%1–%2), so no time limit can be computed; please check the dates.</translation>
    </message>
    <message>
        <source>%1 届满</source>
        <translation>ends %1</translation>
    </message>
    <message>
        <source>%1 的补正通知晚于受理期限，不中止、也不重新计算时限（《行政许可法》第三十二条）</source>
        <translation>The supplement notice of %1 came after the intake limit: it neither stops nor restarts the clocks (Administrative Licensing Law, Art. 32)</translation>
    </message>
    <message>
        <source>已超过法定期限</source>
        <translation>Past the statutory limit</translation>
    </message>
    <message>
        <source>%1 年节假日安排尚未公布，到期日按推算日历计算</source>
        <translation>The %1 holiday schedule is not published yet; the due date uses an estimated calendar</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <comment>a date and its limit or days left</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>为什么是这个日期？</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>逐项说明各个期限是怎样算出来的</source>
        <translation>Shows how each deadline was worked out</translation>
    </message>
    <message>
        <source>此申请目前在%1，只有该单位可以办理。</source>
        <translation>This application is now at %1; only that unit can act on it.</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the parts of a remark</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Clocks paused</translation>
    </message>
    <message>
        <source>仅承诺时限暂停</source>
        <translation>Promised clock paused</translation>
    </message>
    <message>
        <source>仅法定时限暂停</source>
        <translation>Statutory clock paused</translation>
    </message>
    <message>
        <source>%1至 %2（公示期满），此后恢复计时</source>
        <translation>%1 until %2 (end of the notice period); counted again after</translation>
    </message>
    <message>
        <source>正在读取此申请的详情…</source>
        <translation>Reading this application’s details…</translation>
    </message>
    <message>
        <source>未能读取此申请的详情：%1</source>
        <translation>This application’s details could not be read: %1</translation>
    </message>
    <message>
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>%1（暂停）</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>%1 %2，不再计算时限。</source>
        <translation>%2 on %1: time limits no longer apply.</translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1（其中暂停 %2）</source>
        <translation>%1 (%2 paused)</translation>
    </message>
    <message>
        <source>%1（承诺时限暂停）</source>
        <translation>%1 (promise paused)</translation>
    </message>
    <message>
        <source>%1（其中承诺时限暂停 %2）</source>
        <translation>%1 (%2 promise-paused)</translation>
    </message>
    <message>
        <source>%1（法定时限暂停）</source>
        <translation>%1 (statutory paused)</translation>
    </message>
    <message>
        <source>%1（其中法定时限暂停 %2）</source>
        <translation>%1 (%2 statutory-paused)</translation>
    </message>
    <message>
        <source>通知书</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>出具本申请的书面通知、决定书</source>
        <translation>Issue this application’s written notices and decisions</translation>
    </message>
    <message>
        <source>转办：%1 → %2</source>
        <translation>Transfer: %1 → %2</translation>
    </message>
    <message>
        <source>应向%1申请</source>
        <translation>Apply instead to %1</translation>
    </message>
    <message>
        <source>改派：%1 → %2</source>
        <translation>Reassign: %1 → %2</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message numerus="yes">
        <source>%1：%n 个工作日</source>
        <translation>
            <numerusform>%1: %n working day</numerusform>
            <numerusform>%1: %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the units&apos; shares</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1：%2 至 %3，%n 个工作日</source>
        <translation>
            <numerusform>%1: %2 to %3, %n working day</numerusform>
            <numerusform>%1: %2 to %3, %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1：%2 起，%n 个工作日</source>
        <translation>
            <numerusform>%1: since %2, %n working day</numerusform>
            <numerusform>%1: since %2, %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>各单位经手（自收件起，含暂停）：%1</source>
        <translation>Working days at each unit (from receipt, pauses included): %1</translation>
    </message>
    <message>
        <source>出具…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>预览并打印或保存为 PDF</source>
        <translation>Preview, then print or save as PDF</translation>
    </message>
    <message numerus="yes">
        <source>延期 %n 个工作日</source>
        <translation>
            <numerusform>Extended by %n working day</numerusform>
            <numerusform>Extended by %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <source>今日到期提醒</source>
        <translation>Due today and this week</translation>
    </message>
    <message numerus="yes">
        <source>您名下已超期或本周（%n 个工作日内）到期的事项：</source>
        <translation>
            <numerusform>Your items overdue or due this week (within %n working day):</numerusform>
            <numerusform>Your items overdue or due this week (within %n working days):</numerusform>
        </translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DirectoryController</name>
    <message>
        <source>企业信息已保存。</source>
        <translation>Enterprise saved.</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>另一台电脑刚修改并保存了此企业的信息；您在此处的修改尚未保存，保存时会被拒绝。点“还原”查看最新的信息后再修改。</source>
        <translation>Another computer has just changed and saved this enterprise&apos;s details; your changes here are not saved and would be refused. Click “Revert” to see the latest details, then make your changes.</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>搜索企业名称或统一社会信用代码</source>
        <translation>Search by enterprise name or credit code</translation>
    </message>
    <message>
        <source>新增企业</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>服务日</source>
        <translation>Service day</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>反映事项</source>
        <translation>Matters raised</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>举报内容</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>审批申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>企业服务日记录</source>
        <translation>Service-day visits</translation>
    </message>
    <message>
        <source>12369 举报</source>
        <translation>12369 reports</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>审批申请（%1）</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <source>企业服务日记录（%1）</source>
        <translation>Service-day visits (%1)</translation>
    </message>
    <message>
        <source>12369 举报（%1）</source>
        <translation>12369 reports (%1)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>程序遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响，可以继续工作。</source>
        <translation>The program ran into an unexpected error; what you just did may not have been completed. Data already saved is not affected, and you can carry on working.</translation>
    </message>
    <message>
        <source>错误详情已记入日志（%1），可复制后发给技术支持。</source>
        <translation>The details are in the log (%1); you can copy them for technical support.</translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件（逗号分隔）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (comma-separated) (*.csv)</translation>
    </message>
    <message>
        <source>超期看板 — 打印预览</source>
        <translation>Overdue board — print preview</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件（逗号分隔）(*.csv);;PDF 文件（打印用）(*.pdf)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (comma-separated) (*.csv);;PDF file (for printing) (*.pdf)</translation>
    </message>
    <message>
        <source>导出申请列表</source>
        <translation>Export applications</translation>
    </message>
    <message>
        <source>导出举报列表</source>
        <translation>Export 12369 cases</translation>
    </message>
    <message>
        <source>导出超期看板</source>
        <translation>Export overdue board</translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>统计 — 打印预览</source>
        <translation>Figures — print preview</translation>
    </message>
    <message>
        <source>企业服务日月报</source>
        <translation>Service-day monthly report</translation>
    </message>
    <message>
        <source>正在写入 %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已取消导出，未写入 %1。</source>
        <translation>Export cancelled; %1 was not written.</translation>
    </message>
    <message>
        <source>正在保存 %1…</source>
        <translation>Saving %1…</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>%1（%2）</source>
        <comment>a rate and its parts</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>无法统计：%1</source>
        <translation>No figures: %1</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message numerus="yes">
        <source>%n 件</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>月度</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>分单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>每件总用时 %1</source>
        <translation>Total per application: %1</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>审批单位</source>
        <translation>Deciding unit</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>第 %1 季度</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>初始设置 — 一次办结</source>
        <translation>First-run setup — One-Go</translation>
    </message>
    <message>
        <source>欢迎使用一次办结。请填写贵局的名称和您的姓名，以后可在“设置”中修改。</source>
        <translation>Welcome to One-Go. Please give your bureau’s name and your own; you can change them later in “Settings”.</translation>
    </message>
    <message>
        <source>欢迎使用一次办结。您的姓名和所在单位以登录账号为准，局名由管理员设置；请选择界面语言，以后也可在“设置”中修改。</source>
        <translation>Welcome to One-Go. Your name and unit are those of the account you signed in with, and an administrator sets the bureau’s name; please choose your language (you can also change it later in “Settings”).</translation>
    </message>
    <message>
        <source>欢迎使用一次办结。您的姓名和所在单位以登录账号为准；请填写贵局的名称（各电脑共用），以后可在“设置”中修改。</source>
        <translation>Welcome to One-Go. Your name and unit are those of the account you signed in with; please give your bureau’s name (shared by every desk). You can change it later in “Settings”.</translation>
    </message>
    <message>
        <source>发文机关（局名）</source>
        <translation>Issuing authority (bureau)</translation>
    </message>
    <message>
        <source>登录账号</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>我的姓名（承办人）</source>
        <translation>My name (as handler)</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>My unit</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>由管理员设置</source>
        <translation>Set by an administrator</translation>
    </message>
    <message>
        <source>例如：江城市生态环境局</source>
        <translation>e.g. 江城市生态环境局</translation>
    </message>
    <message>
        <source>通知书和报表上署名的机关，各电脑共用。</source>
        <translation>The authority named on notices and reports, shared by every desk.</translation>
    </message>
    <message>
        <source>只有管理员可以修改局名。</source>
        <translation>Only an administrator may change the bureau’s name.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>姓名和所在单位由管理员在“单位与用户”中维护。</source>
        <translation>An administrator keeps names and units in “Units and users”.</translation>
    </message>
    <message>
        <source>选择或输入您的姓名</source>
        <translation>Choose or type your name</translation>
    </message>
    <message>
        <source>“开始使用”打开“我的事项”，列出承办人为您的申请；“以后再说”则下次启动时再问。</source>
        <translation>“Start” opens “My items” with the applications you handle; “Later” asks again at the next start.</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>请选择或输入您的姓名。</source>
        <translation>Choose or type your name.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>多台电脑同时使用</source>
        <translation>Several computers at once</translation>
    </message>
    <message>
        <source>其他电脑保存的内容几秒内就显示在这里，无需刷新。正在编辑、尚未保存的内容不会被覆盖：若同一项已在别处修改，表单下方会提示，此时保存会被拒绝，点“还原”查看最新内容后再修改。改选其他项时，程序会先问是否放弃未保存的修改。</source>
        <translation>What other computers save shows here within seconds, without refreshing. What you are editing and have not saved is never overwritten: if the same item was changed elsewhere, a note under the form says so and saving is refused; click “Revert” to see the latest, then make your changes. Picking another item first asks whether to discard unsaved changes.</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>收件登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>收到申请材料当天，点“收件登记”，填写项目、企业（统一社会信用代码）、类别和收件日期。登记后，申请出现在“我的事项”和“全部申请”中，受理时限从次日起算。</source>
        <translation>On the day the application materials arrive, click “Register” and fill in the project, the enterprise (unified social credit code), the category and the date received. The application then appears in “My items” and “All applications”; the acceptance period counts from the next day.</translation>
    </message>
    <message>
        <source>逐步办理</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>选中一件申请，右侧列出当前环节允许的步骤：一次性告知补正、受理、转技术评估、审查、告知听证权利、拟批准公示、批准或不予批准、送达办结。也可以右键点击列表中的一行，或用“办理”菜单。不能办理的步骤显示为灰色，鼠标停留可看原因。办错了可“撤销上一步”，撤销本身也记入办理过程。登记时录错了项目名称或总投资，作出决定前可“更正登记”，原内容留在办理过程中。</source>
        <translation>Select an application: the pane on the right lists the steps its stage allows: request supplement, accept, send for expert review, review, notify hearing rights, start public notice, approve or refuse, deliver. You can also right-click a row in the list or use the “Actions” menu. Steps that cannot be taken are grey; hover over one to see why. A mistake can be undone with “Undo last step”; the undo itself is kept in the history. A project name or investment mistyped at registration can be put right with “Correct entry” until the application is decided; what it said before stays in the history.</translation>
    </message>
    <message>
        <source>倒计时与“为什么是这个日期？”</source>
        <translation>Countdowns and “Why this date?”</translation>
    </message>
    <message>
        <source>列表中的倒计时按工作日计算：绿色为正常，黄色为即将到期，红色为超过承诺期限，深红色为超过法定期限，灰色为暂停计时（技术评估、听证等不计入时限）。办结后显示用时，蓝色为承诺期内办结，浅灰色为超承诺未超法定，浅红色为超法定期限办结；列宽不够时只显示用时，鼠标停留可看全文。点“为什么是这个日期？”可看到期日的推算过程：起算日、跳过的节假日和暂停的时段。</source>
        <translation>Countdowns in the list are in working days: green is on time, yellow is due soon, red is past the promised limit, dark red is past the statutory limit, grey is paused (expert review, hearings and the like do not count). Once decided, an application shows the working days it took: blue within the promise, light grey past the promise but within the law, light red past the statutory limit; where the column is too narrow only the days are shown, the whole text on hover. “Why this date?” shows how the due date was worked out: the start day, the holidays skipped and the paused spans.</translation>
    </message>
    <message>
        <source>通知书</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>详情中的“通知书”按钮出具受理通知书、补正材料通知书、不予受理决定书、特别程序期限告知书、延期告知书和不予批准决定书，可保存为 PDF、直接打印或先打印预览。当前不能出具的通知书显示为灰色，并说明原因。</source>
        <translation>The “Notices” buttons in the detail pane issue the acceptance notice, the supplement notice, the non-acceptance decision, the special-procedure notice, the extension notice and the refusal decision, saved as PDF, printed, or previewed first. A notice that cannot be issued now is grey and says why.</translation>
    </message>
    <message>
        <source>超期看板（科长）</source>
        <translation>Overdue board (section heads)</translation>
    </message>
    <message>
        <source>“超期看板”按承办人、区县或类别分组，列出已超期（红）和即将到期（黄）的申请、企业服务日跟进事项和 12369 举报案件；每组标题分别计数申请、跟进事项和案件。双击卡片打开申请；有延期规定的类别可在此“延期…”，须填写理由，只能延期一次。</source>
        <translation>The “Overdue board” lists overdue (red) and soon-due (yellow) applications, service-day follow-ups and 12369 hotline cases, grouped by handler, district or category; each group’s heading counts applications, follow-ups and cases apart. Double-click a card to open the application; where the category allows an extension, “Extend…” grants it once, with a reason.</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>所有时限按工作日计算，依据“节假日日历”：程序随附国务院公布的节假日和调休安排，尚未公布的年份按惯例推算，其到期日可能变动，详情中会注明。国务院办公厅发布次年安排后，管理员核对无误即点“确认本年度安排”；如有本地调整，可选中日期“设为节假日…”或“设为调休上班”，也可从 CSV 导入。</source>
        <translation>Working-day limits follow the “Holiday calendar”: the program ships the State Council’s published holidays and make-up working days; years not yet published are estimated by the usual pattern, so their due dates may still move, and the details say so. Once the General Office of the State Council publishes next year’s schedule, an administrator checks it and clicks “Confirm this year”; for a local change, select days and use “Mark as holiday…” or “Mark as make-up working day”, or import them from CSV.</translation>
    </message>
    <message>
        <source>统计分析</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>“统计分析”给出某月、季度、年度或任意时段的收件、办结、承诺期内办结率、一次办结率等指标，可按承办人、类别或单位查看，并导出 Excel 或 PDF。</source>
        <translation>“Figures” gives applications received and finished, the rate finished within the promise, the one-go rate and more for a month, quarter, year or any period, by handler, category or unit, and exports them to Excel or PDF.</translation>
    </message>
    <message>
        <source>企业服务日</source>
        <translation>Service days</translation>
    </message>
    <message>
        <source>每月的企业服务日记录“请进来”“走出去”的走访、企业反映的事项和跟进人、期限；未办结的跟进事项同样倒计时并出现在超期看板上。“月报”生成当月报告。</source>
        <translation>Each month’s enterprise service day records visits received and made, the matters enterprises raised, who follows them up and by when; open follow-ups count down too and appear on the overdue board. “Monthly report” writes the month’s report.</translation>
    </message>
    <message>
        <source>12369 热线</source>
        <translation>12369 hotline</translation>
    </message>
    <message>
        <source>“12369 热线”（Ctrl+0）登记和办理环保举报。点“登记举报…”（Ctrl+Shift+N）填写收到时间、渠道、内容和地址或被举报企业；同一企业或地址已有在办案件的，可选择合并办理。选中一件举报，右侧列出可办理的步骤：受理、交办、调查处理、反馈、办结、回访。期限按自然日计算：15 日内告知是否受理，受理后 60 日内办结，可延期一次。交办后可打印交办单，办结后可打印办结报告。举报人信息只对承办人和科长完整显示。</source>
        <translation>“12369 hotline” (Ctrl+0) registers and handles environmental reports. “Register report…” (Ctrl+Shift+N) takes the time received, channel, what was reported and the address or the enterprise; if the same enterprise or address has an open case, the report can be merged into it. Select a report to see the steps it can take on the right: accept, hand to a unit, investigate, reply, close, follow-up call. Periods are in calendar days: the reporter is told within 15 days whether the report is accepted, and a case is closed within 60 days of acceptance, with one extension. The assignment slip prints once a case is handed to a unit, the closing report once it is closed. The reporter&apos;s details are shown in full to clerks and section heads only.</translation>
    </message>
    <message>
        <source>单位与转办</source>
        <translation>Units and transfers</translation>
    </message>
    <message>
        <source>市局、区县分局和技术评估中心各是一个单位。申请可“转办”到另一单位（环节和时限照常计算），或在本单位内“改派”给另一位承办人。申请在哪个单位，就由哪个单位办理。单位与用户由管理员在“单位与用户”中维护。</source>
        <translation>The city bureau, each county branch and the assessment centre are units. An application can be transferred to another unit (its stage and time limits run on) or reassigned to another handler in the unit. The unit that has an application is the one that works on it. An administrator keeps units and users in “Units and users”.</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>使用共享数据库时，每人用自己的姓名和密码登录，办理过程记录每一步是谁办的。承办人办理本单位的申请；科长还可批准延期、改派；管理员维护时限规则、节假日日历、单位、用户和设置。可在“文件 → 切换用户…”中换人登录。</source>
        <translation>On a shared database everyone signs in with their own name and password, and the history records who took each step. Handlers work on their unit’s applications; section heads also grant extensions and reassign; administrators keep the time-limit rules, the holiday calendar, units, users and settings. “File → Switch user…” signs in someone else.</translation>
    </message>
    <message>
        <source>快捷键与日志</source>
        <translation>Shortcuts and the log</translation>
    </message>
    <message>
        <source>全部快捷键见“帮助 → 快捷键”。程序出错时，可把“帮助 → 打开日志文件夹”中的日志文件发给技术支持（日志不记录密码和填写的内容）。</source>
        <translation>Every shortcut is listed in “Help → Keyboard shortcuts”. If something goes wrong, send the log file from “Help → Open log folder” to support (the log holds no passwords and nothing typed into forms).</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <comment>a label and its cell</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the parts of a tooltip</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>HotlineController</name>
    <message>
        <source>对 %1 作出不予受理决定？本件举报将就此终结，并须将理由告知举报人。</source>
        <translation>Refuse to accept %1? The report ends here, and the reporter must be told why.</translation>
    </message>
    <message>
        <source>12369 热线统计</source>
        <translation>12369 hotline figures</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>交办单</source>
        <translation>Assignment slip</translation>
    </message>
    <message>
        <source>办结报告</source>
        <translation>Closing report</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>请取消后查看最新情况。</source>
        <translation>Cancel and look at it as it is now.</translation>
    </message>
    <message>
        <source>（请先选择一件举报）</source>
        <translation>(select a report first)</translation>
    </message>
    <message>
        <source>（正在载入…）</source>
        <translation>(loading…)</translation>
    </message>
    <message>
        <source>为什么是这个日期？</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>请先在举报列表中选择一件举报。</source>
        <translation>Select a report in the list first.</translation>
    </message>
    <message>
        <source>举报处于“%1”环节，没有默认的下一步；其他步骤可在“办理”菜单中选择。</source>
        <translation>The report is at the “%1” stage: there is no default next step; other steps are in the Actions menu.</translation>
    </message>
    <message>
        <source>举报处于“%1”环节，不能%2。</source>
        <translation>The report is at the “%1” stage: “%2” cannot be taken.</translation>
    </message>
</context>
<context>
    <name>HotlineFiguresDialog</name>
    <message numerus="yes">
        <source>期末超期未办结：%n 件（无论何时收到；导出或打印的报告逐件列出）。</source>
        <translation>
            <numerusform>Still open past its limit at the period&apos;s end: %n case (whenever received; the exported or printed report lists it).</numerusform>
            <numerusform>Still open past their limit at the period&apos;s end: %n cases (whenever received; the exported or printed report lists each).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1（%2/%3）</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>12369 热线统计</source>
        <translation>12369 hotline figures</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>举报次数</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>其中合并办理</source>
        <translation>Of them merged</translation>
    </message>
    <message>
        <source>双击企业，在企业名录中打开它</source>
        <translation>Double-click an enterprise to open it in the directory</translation>
    </message>
    <message>
        <source>按渠道</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>按区县</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>按承办单位</source>
        <translation>By handling unit</translation>
    </message>
    <message>
        <source>重复举报企业</source>
        <translation>Enterprises reported repeatedly</translation>
    </message>
    <message>
        <source>期内被举报两次及以上的企业。双击一家企业，在企业名录中打开它。</source>
        <translation>Enterprises reported twice or more in the period. Double-click one to open it in the enterprise directory.</translation>
    </message>
    <message>
        <source>未交办</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <source>登记举报…</source>
        <translation>Register a 12369 report…</translation>
    </message>
    <message>
        <source>登记新收到的举报（Ctrl+Shift+N）</source>
        <translation>Register a newly received report (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>统计…</source>
        <translation>Figures…</translation>
    </message>
    <message>
        <source>本月或全年的收到、受理、办结件数，办结率、按期办结率及其口径，可导出</source>
        <translation>Reports received, accepted and closed this month or year, the closure and on-time rates with their definitions; exportable</translation>
    </message>
    <message>
        <source>显示已办结</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <source>也列出已办结、不予受理和合并办理的举报</source>
        <translation>Also list closed, refused and merged reports</translation>
    </message>
    <message>
        <source>查找：编号、内容、地址、企业或承办单位</source>
        <translation>Find: number, report, address, enterprise or unit</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部承办单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>还没有举报。收到举报后，点“登记举报…”（Ctrl+Shift+N）登记。</source>
        <translation>No reports yet. When one comes in, click “Register report…” (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>没有在办的举报。勾选“显示已办结”可查看已办结的举报。</source>
        <translation>No open reports. Tick “Show finished” to see the closed ones.</translation>
    </message>
    <message>
        <source>没有符合条件的举报。请清除查找内容或筛选条件，或勾选“显示已办结”。</source>
        <translation>No report matches. Clear the search or the filters, or tick “Show finished”.</translation>
    </message>
</context>
<context>
    <name>HotlineRuleEdit</name>
    <message>
        <source>另一台电脑刚修改并保存了 12369 热线时限；您在此处的修改尚未保存，保存时会被拒绝。点“还原”查看最新的时限后再修改。</source>
        <translation>Another computer has just changed and saved the 12369 hotline limits; your changes here are not saved and would be refused. Click “Revert” to see the latest limits, then make your changes.</translation>
    </message>
    <message>
        <source>不得延期</source>
        <translation>No extension</translation>
    </message>
    <message>
        <source>不预警</source>
        <translation>No warning</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>受理告知（自收到举报之日起）</source>
        <translation>Acceptance notice (from receipt)</translation>
    </message>
    <message>
        <source>办结（自受理之日起）</source>
        <translation>Closing (from acceptance)</translation>
    </message>
    <message>
        <source>延期最长（一次，须经负责人批准）</source>
        <translation>Longest extension (once, approved by the head)</translation>
    </message>
    <message>
        <source>复查（自收到请求之日起）</source>
        <translation>Review (from the request)</translation>
    </message>
    <message>
        <source>复核（自收到请求之日起）</source>
        <translation>Re-examination (from the request)</translation>
    </message>
    <message>
        <source>剩余不超过此数时预警（黄色）</source>
        <translation>Warn (yellow) when at most this many are left</translation>
    </message>
    <message>
        <source>重复举报合并期</source>
        <translation>Repeat window</translation>
    </message>
    <message>
        <source>依据同办结期限</source>
        <translation>Same basis as closing</translation>
    </message>
    <message>
        <source>按剩余自然日计算</source>
        <translation>Counted in calendar days left</translation>
    </message>
    <message>
        <source>同一企业或地址此期间内的举报，可并入在办案件</source>
        <translation>A report about the same enterprise or address within this window may join the open case</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>以上期限均按自然日计算；期限最后一日为休息日的，顺延至下一个工作日。保存后，所有热线案件的期限立即按新规则计算。</source>
        <translation>All limits are calendar days; a period whose last day is a rest day ends on the next working day. Once saved, every hotline case&apos;s dates follow the new rule at once.</translation>
    </message>
    <message>
        <source>“%1”应为 %2–365 个自然日，未保存。</source>
        <translation>“%1” must be %2–365 calendar days; not saved.</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>正在导入 %n 件申请…</source>
        <translation>
            <numerusform>Importing %n application…</numerusform>
            <numerusform>Importing %n applications…</numerusform>
        </translation>
    </message>
    <message>
        <source>已取消，未导入任何申请。</source>
        <translation>Cancelled; no application was imported.</translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 件申请。</source>
        <translation>
            <numerusform>%n application imported.</numerusform>
            <numerusform>%n applications imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message numerus="yes">
        <source>%1（%2，%n 行）</source>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 等 %n 人</source>
        <translation>
            <numerusform>%1 and others, %n person in all</numerusform>
            <numerusform>%1 and others, %n people in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>注意：%n 行在办申请的承办人不是其审批单位的在岗用户：%1。导入后这些申请不在任何人的“我的事项”中：请管理员在“单位与用户”中添加、启用这些用户或调整其所在单位，或导入后由审批单位改派。</source>
        <translation>
            <numerusform>Note: the handler of %n open row is not an active user of the unit that will decide it: %1. Once imported, it is in nobody&apos;s “My items”: an administrator can add or re-enable the user, or move them to that unit, under “Units and users”; or the deciding unit can reassign it after the import.</numerusform>
            <numerusform>Note: the handlers of %n open rows are not active users of the units that will decide them: %1. Once imported, these are in nobody&apos;s “My items”: an administrator can add or re-enable the users, or move them to those units, under “Units and users”; or the deciding units can reassign them after the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>审批单位</source>
        <translation>Deciding unit</translation>
    </message>
    <message numerus="yes">
        <source>%1（%n 行）</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>注意：%n 行的区县没有对应的分局，将由市局审批：%1。如是区县名称写错，请先在台账中改正再导入。</source>
        <translation>
            <numerusform>Note: %n row names a district no branch covers, so the city bureau will decide it: %1. If a district is misspelt, correct it in the ledger before importing.</numerusform>
            <numerusform>Note: %n rows name a district no branch covers, so the city bureau will decide them: %1. If a district is misspelt, correct it in the ledger before importing.</numerusform>
        </translation>
    </message>
    <message>
        <source>导入台账 — %1</source>
        <translation>Import ledger — %1</translation>
    </message>
    <message>
        <source>列对应（带 * 的为必填）</source>
        <translation>Columns (* required)</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
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
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>审批决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>无法导入的行：</source>
        <translation>Rows that cannot be imported:</translation>
    </message>
    <message>
        <source>将导入的行（预览）：</source>
        <translation>Rows to import (preview):</translation>
    </message>
    <message>
        <source>请先为以下必填项选择对应的列：%1</source>
        <translation>Choose the columns for these required fields first: %1</translation>
    </message>
    <message>
        <source>共检查 %1 行：可导入 %2 行，有问题 %3 行。</source>
        <translation>Rows checked: %1; can be imported: %2; with problems: %3.</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 行已在数据库中（编号相同，或单位、项目与收件日期相同），将跳过。</source>
        <translation>
            <numerusform> The other %n row is already in the database (the same number, or the same enterprise, project and received date) and will be skipped.</numerusform>
            <numerusform> The other %n rows are already in the database (the same number, or the same enterprise, project and received date) and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>下表列出前 %1 个问题，另有 %n 个未列出。</source>
        <translation>
            <numerusform> The table lists the first %1 problems; %n more is not listed.</numerusform>
            <numerusform> The table lists the first %1 problems; %n more are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>跳过有问题的 %1 行，只导入其余 %2 行</source>
        <translation>Skip the rows with problems (%1) and import the others (%2)</translation>
    </message>
    <message>
        <source>导入 %1 件</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>（推算）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>关闭窗口将放弃这些修改。</source>
        <translation>Closing the window gives these changes up.</translation>
    </message>
    <message>
        <source>放弃修改并关闭</source>
        <translation>Discard changes and close</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>切换语言要重建窗口，这些修改将被放弃。</source>
        <translation>Switching the language rebuilds the window, and these changes would be given up.</translation>
    </message>
    <message>
        <source>放弃修改并切换</source>
        <translation>Discard changes and switch</translation>
    </message>
    <message>
        <source>下次启动时切换</source>
        <translation>Switch at next start</translation>
    </message>
    <message>
        <source>以下页面有尚未保存的修改：%1。</source>
        <translation>These pages have changes not saved yet: %1.</translation>
    </message>
    <message>
        <source>尚未保存的修改</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>立即备份…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>把数据库备份到其旁边的 backups 文件夹</source>
        <translation>Back up the database into the backups folder beside it</translation>
    </message>
    <message numerus="yes">
        <source>超期的 12369 举报 %n 件</source>
        <translation>
            <numerusform>%n 12369 case overdue</numerusform>
            <numerusform>%n 12369 cases overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>一次办结 — 环评审批时限管理</source>
        <translation>One-Go — EIA Approval Deadlines</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>日志文件夹：%1</source>
        <translation>Log folder: %1</translation>
    </message>
    <message>
        <source>在办的 12369 热线案件中，当前期限（受理告知、承办单位反馈、办结、复查或复核期限）已过的件数</source>
        <translation>Open 12369 cases whose running date (acceptance notice, the unit&apos;s report, closing, review or re-examination) has passed</translation>
    </message>
    <message>
        <source>我的事项</source>
        <translation>My items</translation>
    </message>
    <message>
        <source>全部申请</source>
        <translation>All applications</translation>
    </message>
    <message>
        <source>超期看板</source>
        <translation>Overdue board</translation>
    </message>
    <message>
        <source>统计分析</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>企业服务日</source>
        <translation>Service days</translation>
    </message>
    <message>
        <source>企业名录</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>时限规则</source>
        <translation>Time-limit rules</translation>
    </message>
    <message>
        <source>单位与用户</source>
        <translation>Units and users</translation>
    </message>
    <message>
        <source>12369 热线</source>
        <translation>12369 hotline</translation>
    </message>
    <message>
        <source>收件登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>登记举报…</source>
        <translation>Register a 12369 report…</translation>
    </message>
    <message>
        <source>登记 12369 热线收到的举报</source>
        <translation>Register a report the 12369 hotline received</translation>
    </message>
    <message>
        <source>导出当前列表…</source>
        <translation>Export current list…</translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>详情栏</source>
        <translation>Details pane</translation>
    </message>
    <message>
        <source>在列表右侧显示或收起所选申请的详情</source>
        <translation>Show or hide the selected application&apos;s details beside the list</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>办理(&amp;A)</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>显示的列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>恢复默认布局</source>
        <translation>Default layout</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>登记新收到的申请</source>
        <translation>Register a newly received application</translation>
    </message>
    <message>
        <source>在列表中查找申请</source>
        <translation>Find an application in the list</translation>
    </message>
    <message>
        <source>重新读取最新数据</source>
        <translation>Read the latest data again</translation>
    </message>
    <message>
        <source>本机与本局的设置</source>
        <translation>Settings for this desk and the bureau</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>为什么是这个日期？</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>请先在申请列表中选择一件申请。</source>
        <translation>Select an application in the list first.</translation>
    </message>
    <message>
        <source>页面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>办理选中的申请或举报</source>
        <translation>Selected application or report</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>无法打开日志文件夹：%1</source>
        <translation>Cannot open the log folder: %1</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>您名下在办 %n 件</source>
        <translation>
            <numerusform>You have %n open item</numerusform>
            <numerusform>You have %n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 件申请</source>
        <translation>
            <numerusform>%n application in all</numerusform>
            <numerusform>%n applications in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>在办申请 %n 件（超法定期限、超承诺期限、送达超期或听证期限超期）</source>
        <translation>
            <numerusform>%n open application (past the statutory or the promised date, or late to deliver or to hold a hearing)</numerusform>
            <numerusform>%n open applications (past the statutory or the promised date, or late to deliver or to hold a hearing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已载入 %n 件申请，已办结的尚未全部载入</source>
        <translation>
            <numerusform>%n application loaded; the finished ones are still loading</numerusform>
            <numerusform>%n applications loaded; the finished ones are still loading</numerusform>
        </translation>
    </message>
    <message>
        <source>（仍在载入）</source>
        <translation> (still loading)</translation>
    </message>
    <message>
        <source>载入失败：%1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>在办申请</source>
        <translation>running applications</translation>
    </message>
    <message>
        <source>12369 举报</source>
        <translation>12369 reports</translation>
    </message>
    <message>
        <source>服务日跟进事项</source>
        <translation>service-day follow-ups</translation>
    </message>
    <message>
        <source>未能全部统计：%1未能载入，未计入。原因：%2</source>
        <translation>Not all counted: %1 could not be loaded and are left out. Why: %2</translation>
    </message>
    <message>
        <source>已统计的事项中没有超期的</source>
        <translation>Nothing overdue among those counted</translation>
    </message>
    <message numerus="yes">
        <source>12369 举报 %n 件</source>
        <translation>
            <numerusform>%n 12369 report</numerusform>
            <numerusform>%n 12369 reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>服务日跟进事项 %n 件</source>
        <translation>
            <numerusform>%n service-day follow-up</numerusform>
            <numerusform>%n service-day follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超期 %n 件：</source>
        <translation>
            <numerusform>%n item overdue: </numerusform>
            <numerusform>%n items overdue: </numerusform>
        </translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the parts of the board&apos;s count</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>没有超期事项</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <source>下一个企业服务日：%1</source>
        <translation>Next service day: %1</translation>
    </message>
    <message>
        <source>（顺延）</source>
        <translation> (moved)</translation>
    </message>
    <message>
        <source>热线超期 %1</source>
        <translation>Hotline overdue: %1</translation>
    </message>
    <message>
        <source>数据库连接中断，显示的可能不是最新数据</source>
        <translation>Connection lost: data may be out of date</translation>
    </message>
    <message>
        <source>每 30 秒重试一次，连上后自动更新；在此之前，保存会失败。</source>
        <translation>Tried again every 30 seconds, and brought up to date once connected; until then, saving will fail.</translation>
    </message>
    <message>
        <source>已重新连接数据库，显示的是最新数据。</source>
        <translation>Connected to the database again: what is shown is up to date.</translation>
    </message>
    <message>
        <source>当前用户：%1（%2，%3）</source>
        <translation>User: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>以另一位用户的身份登录。</source>
        <translation>Sign in as another user.</translation>
    </message>
    <message>
        <source>已切换为 %1。</source>
        <translation>Switched to %1.</translation>
    </message>
    <message>
        <source>登录设置已保存，下次启动时生效。</source>
        <translation>Sign-in setting saved; it applies from the next start.</translation>
    </message>
    <message>
        <source>一次办结 %1
环评审批时限管理</source>
        <translation>One-Go %1
EIA approval deadlines</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>您的账号已被管理员停用：不能再办理，请与管理员联系。</source>
        <translation>An administrator has disabled your account: you can no longer take steps. Please contact them.</translation>
    </message>
    <message>
        <source>管理员已将您调至%1：“我的事项”和可办理的申请随之改变。</source>
        <translation>An administrator has moved you to %1: “My items” and the applications you can act on have changed with it.</translation>
    </message>
    <message>
        <source>管理员已将您的角色改为%1。</source>
        <translation>An administrator has changed your role to %1.</translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>在此新建数据库</source>
        <translation>Create a new database here</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>打开数据库文件…</source>
        <translation>Open a database file…</translation>
    </message>
    <message>
        <source>连接数据库服务器…</source>
        <translation>Connect to a database server…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>打开数据库文件</source>
        <translation>Open a database file</translation>
    </message>
    <message>
        <source>数据库文件 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>Database files (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>连接数据库服务器</source>
        <translation>Connect to a database server</translation>
    </message>
    <message>
        <source>服务器地址（如 postgresql://用户名@服务器/approvals）：</source>
        <translation>Server address (e.g. postgresql://user@server/approvals):</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>姓名不能为空。%1</source>
        <translation>The name cannot be empty. %1</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>您的姓名</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>请填写您的姓名：办理记录将记为您办理（以后可在“设置”中修改）。</source>
        <translation>Please give your name: the history will record the steps as yours (you can change it later in “Settings”).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>重设密码：%1</source>
        <translation>Reset password: %1</translation>
    </message>
    <message>
        <source>至少 %1 位</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>重设后账号即解除锁定。</source>
        <translation>Resetting the password also unlocks the account.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>此信用代码已登记为“%1”，单位名称已改为登记的名称（原填“%2”）；如信用代码有误，请更正。</source>
        <translation>This credit code is registered to “%1”: the enterprise name was changed to the registered one (you typed “%2”). If the credit code is wrong, correct it.</translation>
    </message>
    <message>
        <source>收件登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose one)</translation>
    </message>
    <message>
        <source>请先选择审批类别</source>
        <translation>choose the approval category first</translation>
    </message>
    <message>
        <source>18位，如 91350100M000100Y43</source>
        <translation>18 characters, e.g. 91350100M000100Y43</translation>
    </message>
    <message>
        <source>万元，可不填</source>
        <translation>10k CNY, optional</translation>
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
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>审批类别</source>
        <translation>Category</translation>
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
        <source>所在区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>总投资（万元）</source>
        <translation>Investment (10k CNY)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>审批单位</source>
        <translation>Deciding unit</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>带 * 的为必填项</source>
        <translation>Fields marked * are required</translation>
    </message>
    <message>
        <source>待定</source>
        <translation>To be determined</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1已下放属地分局审批</source>
        <translation>%1 is delegated to the local branch</translation>
    </message>
    <message>
        <source>该类别由市局审批</source>
        <translation>this category is decided by the city bureau</translation>
    </message>
    <message>
        <source>该类别下放属地分局审批，请填写所在区县</source>
        <translation>this category is delegated to the local branch; enter the project&apos;s district</translation>
    </message>
    <message>
        <source>该类别下放属地分局，但“%1”没有分局</source>
        <translation>this category is delegated, but “%1” has no branch</translation>
    </message>
    <message>
        <source>审批权限表未列该类别</source>
        <translation>this category is not in the authority table</translation>
    </message>
    <message>
        <source>%1；依据：%2</source>
        <translation>%1; basis: %2</translation>
    </message>
    <message>
        <source>已登记企业：%1</source>
        <translation>Known enterprise: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>，</source>
        <comment>between the parts of one reminder</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>：</source>
        <comment>between an application and what is due</comment>
        <translation>: </translation>
    </message>
    <message>
        <source>一次办结 — 我的事项：超期 %1 件，即将到期 %2 件</source>
        <translation>One-Go — my items: %1 overdue, %2 due soon</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>受理期限仅剩 %n 个工作日</source>
        <translation>
            <numerusform>Only %n working day left to accept</numerusform>
            <numerusform>Only %n working days left to accept</numerusform>
        </translation>
    </message>
    <message>
        <source>到期提醒</source>
        <translation>Due reminders</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message numerus="yes">
        <source>%n 个工作日后转为即将到期</source>
        <translation>
            <numerusform>Turns due soon (yellow) in %n working day</numerusform>
            <numerusform>Turns due soon (yellow) in %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>企业服务日跟进：%1（%2）</source>
        <translation>Service-day follow-up: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>登记举报</source>
        <translation>Register report</translation>
    </message>
    <message>
        <source>匿名举报（不登记姓名和电话）</source>
        <translation>Anonymous (no name or phone recorded)</translation>
    </message>
    <message>
        <source>输入名称或信用代码，从企业名录中选择</source>
        <translation>Type a name or credit code and pick from the directory</translation>
    </message>
    <message>
        <source>18位，可不填</source>
        <translation>18 characters; may be left empty</translation>
    </message>
    <message>
        <source>可能是重复举报</source>
        <translation>Possibly a repeat report</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>举报内容</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>举报人姓名</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>被举报企业</source>
        <translation>Enterprise reported</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>地址或被举报企业</source>
        <translation>Address or enterprise</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>带 * 的为必填项：地址和被举报企业至少填一项；举报人姓名和联系电话至少填一项，匿名举报的不填。</source>
        <translation>Fields marked * are required: an address or an enterprise, or both; the reporter’s name or telephone, or both, unless the report is anonymous.</translation>
    </message>
    <message>
        <source>不合并，登记为新案件</source>
        <translation>Do not merge: register as a new case</translation>
    </message>
    <message>
        <source>同一企业</source>
        <translation>same enterprise</translation>
    </message>
    <message>
        <source>同一地址</source>
        <translation>same address</translation>
    </message>
    <message>
        <source>当天</source>
        <translation>the same day</translation>
    </message>
    <message numerus="yes">
        <source>%n 天前</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>合并到 %1（%2，%3）</source>
        <translation>Merge into %1 (%2, %3)</translation>
    </message>
    <message>
        <source>请填写地址，或选择被举报企业。</source>
        <translation>Enter an address, or choose the enterprise reported.</translation>
    </message>
    <message>
        <source>举报人姓名或联系电话</source>
        <translation>Reporter&apos;s name or phone</translation>
    </message>
    <message>
        <source>请填写举报人姓名或联系电话；都不留的，请勾选“匿名举报”。</source>
        <translation>Enter the reporter&apos;s name or phone; if they give neither, tick “Anonymous”.</translation>
    </message>
</context>
<context>
    <name>RuleImpactDialog</name>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>修改内容：%1。</source>
        <translation>Changes: %1.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>法定时限不计算的环节</source>
        <translation>Not counted on the statutory clock</translation>
    </message>
    <message>
        <source>承诺时限不计算的环节</source>
        <translation>Not counted on the promised clock</translation>
    </message>
    <message>
        <source>延期最长</source>
        <translation>Longest extension</translation>
    </message>
    <message>
        <source>受理公示期</source>
        <translation>Acceptance public notice</translation>
    </message>
    <message>
        <source>拟批准公示期（批准前）</source>
        <translation>Public notice before approval</translation>
    </message>
    <message>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>不得延期</source>
        <translation>No extension</translation>
    </message>
    <message>
        <source>不要求</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>保存时限规则 — %1</source>
        <translation>Save time-limit rule — %1</translation>
    </message>
    <message>
        <source>按承办人</source>
        <translation>By handler</translation>
    </message>
    <message>
        <source>按区县（单位）</source>
        <translation>By district (unit)</translation>
    </message>
    <message>
        <source>保存规则</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>以上数字由已存办理过程按拟定规则重新计算得出。保存后，在办申请立即按新规则计算倒计时；已作出决定的申请仍按当时适用的规则统计。</source>
        <translation>These figures come from re-evaluating the stored histories under the proposed rule. Once saved, running applications count down under the new rule at once; decided ones keep the rule they were judged by.</translation>
    </message>
    <message>
        <source>%1 至今作出决定 %2 件：在现行承诺时限内 %3 件，按拟定规则将为 %4 件。</source>
        <translation>Decided since %1: %2; within the current promise: %3, under the proposed rule: %4.</translation>
    </message>
    <message>
        <source>在办 %1 件：即将到期 %2 → %3 件，超承诺未超法定 %4 → %5 件，超法定期限 %6 → %7 件；其中 %8 件将立即变得更紧急。</source>
        <translation>Running: %1; due soon %2 → %3, past the promise only %4 → %5, past the statutory limit %6 → %7; %8 would become more urgent at once.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>近12个月决定</source>
        <translation>Decided (12 months)</translation>
    </message>
    <message>
        <source>承诺期内（现行→拟定）</source>
        <translation>Within promise (now → proposed)</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>即将到期（现行→拟定）</source>
        <translation>Due soon (now → proposed)</translation>
    </message>
    <message>
        <source>超承诺未超法定（现行→拟定）</source>
        <translation>Past promise (now → proposed)</translation>
    </message>
    <message>
        <source>超法定期限（现行→拟定）</source>
        <translation>Past statutory limit (now → proposed)</translation>
    </message>
    <message>
        <source>立即变紧急</source>
        <translation>More urgent at once</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>RulesController</name>
    <message>
        <source>类别“%1”尚未登记任何申请。删除后其时限规则和审批权限设置一并删除，收件登记时不再可选，且不能恢复。确定删除？</source>
        <translation>No application has been registered in category “%1”. Removing it also removes its time-limit rule and its entry in the approval-authority table; registration will no longer offer it, and it cannot be restored. Remove it?</translation>
    </message>
    <message>
        <source>此处对其时限的修改尚未保存，将一并放弃。</source>
        <translation>The changes to its limits made here are not saved and will be discarded.</translation>
    </message>
    <message>
        <source>类别“%1”已更名为“%2”。</source>
        <translation>Category “%1” renamed to “%2”.</translation>
    </message>
    <message>
        <source>不能删除类别</source>
        <translation>Category cannot be removed</translation>
    </message>
    <message>
        <source>删除类别</source>
        <translation>Remove category</translation>
    </message>
    <message>
        <source>已删除类别“%1”。</source>
        <translation>Category “%1” removed.</translation>
    </message>
    <message numerus="yes">
        <source>类别“%1”下已登记 %n 件申请（含已办结和导入的），不能删除；如名称有误，可重命名。</source>
        <translation>
            <numerusform>%n application is registered in category “%1” (including finished and imported ones), so it cannot be removed. If its name is wrong, rename it.</numerusform>
            <numerusform>%n applications are registered in category “%1” (including finished and imported ones), so it cannot be removed. If its name is wrong, rename it.</numerusform>
        </translation>
    </message>
    <message>
        <source>已新增类别“%1”：请核对其时限，填写法律依据后保存规则。</source>
        <translation>Category “%1” added: check its limits, fill in its legal basis and save the rule.</translation>
    </message>
    <message>
        <source>时限规则已保存。</source>
        <translation>Time-limit rule saved.</translation>
    </message>
    <message>
        <source>12369 热线时限已保存。</source>
        <translation>12369 hotline limits saved.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>程序内置的审批类别（通知书等文书按其名称出具），不能重命名或删除</source>
        <translation>A category built into the program (notices and other documents are issued under its name): it cannot be renamed or removed</translation>
    </message>
    <message>
        <source>另一台电脑已删除类别“%1”，您对它的修改未保存。</source>
        <translation>Another computer has removed category “%1”; your changes to it were not saved.</translation>
    </message>
    <message>
        <source>重命名类别…</source>
        <translation>Rename category…</translation>
    </message>
    <message>
        <source>更正本局新增类别的名称</source>
        <translation>Correct the name of a category the bureau added</translation>
    </message>
    <message>
        <source>删除本局新增、尚未登记任何申请的类别</source>
        <translation>Remove a category the bureau added that no application is registered in</translation>
    </message>
    <message>
        <source>删除类别…</source>
        <translation>Remove category…</translation>
    </message>
    <message>
        <source>尚未填写：此类别时限所依据的法律法规名称和条款</source>
        <translation>Not filled in: the law or regulation, and its article, that sets this category&apos;s limits</translation>
    </message>
    <message>
        <source>新增类别…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <source>本局办理的其他审批事项（如其他许可证核发），按其时限另设一个类别</source>
        <translation>Another kind of approval the bureau handles (another licence, say), as a category with its own limits</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>另一台电脑刚修改并保存了此规则；您在此处的修改尚未保存，保存时会被拒绝。点“还原”查看最新的规则后再修改。</source>
        <translation>Another computer has just changed and saved this rule; your changes here are not saved and would be refused. Click “Revert” to see the latest rule, then make your changes.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>法定时限暂停</source>
        <translation>Statutory pauses</translation>
    </message>
    <message>
        <source>承诺时限另暂停</source>
        <translation>Promise also pauses</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>公示期（受理 / 批准前）</source>
        <translation>Public notices
(acceptance / pre-approval)</translation>
    </message>
    <message>
        <source>不得延期</source>
        <translation>No extension</translation>
    </message>
    <message>
        <source>不要求</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>保存规则</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>剩余不超过此数时预警（黄色）</source>
        <translation>Warn (yellow) when at most this many are left</translation>
    </message>
    <message>
        <source>不短于承诺时限：此类申请自开始计时起即显示为“即将到期”。</source>
        <translation>No shorter than the promise: such applications show as due soon from their first day.</translation>
    </message>
    <message>
        <source>法定时限不计算的环节</source>
        <translation>Not counted on the statutory clock</translation>
    </message>
    <message>
        <source>承诺时限不计算的环节</source>
        <translation>Not counted on the promised clock</translation>
    </message>
    <message>
        <source>延期最长</source>
        <translation>Longest extension</translation>
    </message>
    <message>
        <source>受理公示期</source>
        <translation>Acceptance public notice</translation>
    </message>
    <message>
        <source>拟批准公示期（批准前）</source>
        <translation>Public notice before approval</translation>
    </message>
    <message>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>修改保存后，在办申请的倒计时立即按新规则计算；已作出审批决定的申请仍按当时适用的规则统计。</source>
        <translation>Once saved, running applications count down under the new rule at once; decided applications keep the rule they were judged by.</translation>
    </message>
    <message>
        <source>审批事项时限</source>
        <translation>Approval limits</translation>
    </message>
    <message>
        <source>12369 热线时限</source>
        <translation>12369 hotline limits</translation>
    </message>
</context>
<context>
    <name>ScheduleImportDialog</name>
    <message>
        <source>推算为调休上班日，将改为休息日</source>
        <translation>A make-up working day in the estimated schedule, made a rest day</translation>
    </message>
    <message>
        <source>推算为法定节假日，将改为上班日</source>
        <translation>A public holiday in the estimated schedule, made a working day</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 天将改变本单位此前录入的安排（见“说明”列）。</source>
        <translation>
            <numerusform>Of these, %n day changes a day entered here before (see Note).</numerusform>
            <numerusform>Of these, %n days change days entered here before (see Note).</numerusform>
        </translation>
    </message>
    <message>
        <source>上班日</source>
        <translation>a working day</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>a rest day</translation>
    </message>
    <message>
        <source>本单位此前录入为%1</source>
        <translation>Entered here as %1</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message numerus="yes">
        <source>“%1”中有 %n 行有问题，请修改文件后重新导入，未导入任何内容：</source>
        <translation>
            <numerusform>%n row of “%1” has a problem. Nothing was imported; correct the file and import it again:</numerusform>
            <numerusform>%n rows of “%1” have a problem. Nothing was imported; correct the file and import it again:</numerusform>
        </translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>“%1”共 %n 天，确认后写入本地日历，所有到期日随之更新：</source>
        <translation>
            <numerusform>“%1” sets %n day. Once imported into the local calendar, every due date follows:</numerusform>
            <numerusform>“%1” sets %n days. Once imported into the local calendar, every due date follows:</numerusform>
        </translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>（列出前 %1 行）</source>
        <translation> (the first %1 rows listed)</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 天与国务院公布的节假日安排相反（见“说明”列），请核对无误后再导入。</source>
        <translation>
            <numerusform>Of these, %n day goes against the State Council&apos;s published schedule (see Note): check it before importing.</numerusform>
            <numerusform>Of these, %n days go against the State Council&apos;s published schedule (see Note): check them before importing.</numerusform>
        </translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>其中 %n 天早于今天：已算出的到期日、超期和按期办结都会随之改变。</source>
        <translation>
            <numerusform>%n of these days is already past: due dates, overdue counts and on-time figures worked out by it will change.</numerusform>
            <numerusform>%n of these days are already past: due dates, overdue counts and on-time figures worked out by them will change.</numerusform>
        </translation>
    </message>
    <message>
        <source>国务院安排为调休上班日，将改为休息日</source>
        <translation>A make-up working day in the State Council&apos;s schedule, made a rest day</translation>
    </message>
    <message>
        <source>国务院安排为法定节假日，将改为上班日</source>
        <translation>A public holiday in the State Council&apos;s schedule, made a working day</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>同时将 %1 年标记为已确认（按国务院办公厅通知录入）</source>
        <translation>Also mark %1 as confirmed (entered from the State Council&apos;s notice)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ServiceDaysController</name>
    <message>
        <source>这是全局设置：所有企业服务日，包括已经举行过的，都将按新的方式重新排定，月报也随之改变。确定更改？</source>
        <translation>This setting is the whole bureau&apos;s: every service day, those already held too, is set again the new way, and the monthly reports change with them. Change it?</translation>
    </message>
    <message>
        <source>更改服务日顺延方式</source>
        <translation>Change how service days move</translation>
    </message>
</context>
<context>
    <name>ServiceDaysPage</name>
    <message>
        <source>推算</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>（%1 年节假日安排尚未公布，按推算日历确定）</source>
        <translation> (the %1 holiday schedule is not published yet: set by an estimated calendar)</translation>
    </message>
    <message>
        <source>%1（推算）</source>
        <translation>%1 (estimated)</translation>
    </message>
    <message>
        <source>%1 年节假日安排尚未公布，剩余工作日按推算日历计算</source>
        <translation>The %1 holiday schedule is not published yet; the working days left are counted on an estimated calendar</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the matters of a visit</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>：</source>
        <comment>between a matter&apos;s kind and its description</comment>
        <translation>: </translation>
    </message>
    <message>
        <source>5日遇休息日顺延至下一工作日</source>
        <translation>When the 5th is a rest day: the next working day</translation>
    </message>
    <message>
        <source>5日遇休息日仍在5日举行</source>
        <translation>When the 5th is a rest day: keep the 5th</translation>
    </message>
    <message>
        <source>新增记录…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>月报 PDF…</source>
        <translation>Monthly report (PDF)…</translation>
    </message>
    <message>
        <source>月报打印预览…</source>
        <translation>Monthly report print preview…</translation>
    </message>
    <message>
        <source>月报 Excel…</source>
        <translation>Monthly report (Excel)…</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>反映事项</source>
        <translation>Matters raised</translation>
    </message>
    <message>
        <source>跟进责任人</source>
        <translation>Follow-up owner</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>服务日</source>
        <translation>Service day</translation>
    </message>
    <message>
        <source>未办结的跟进事项（按紧迫程度）</source>
        <translation>Open follow-ups (most urgent first)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n 家</source>
        <translation>
            <numerusform>%1 · %n enterprise</numerusform>
            <numerusform>%1 · %n enterprises</numerusform>
        </translation>
    </message>
    <message>
        <source>非服务日</source>
        <translation>not a service day</translation>
    </message>
    <message>
        <source>5日顺延</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>即将</source>
        <translation>coming</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between a service day&apos;s marks</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>（%1）</source>
        <comment>a service day&apos;s marks</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>下一个企业服务日：%1</source>
        <translation>Next service day: %1</translation>
    </message>
    <message>
        <source>（%1 为休息日，顺延）</source>
        <translation> (%1 is a rest day, moved)</translation>
    </message>
    <message numerus="yes">
        <source>%1 服务记录（%n 家）</source>
        <translation>
            <numerusform>%1 visits (%n enterprise)</numerusform>
            <numerusform>%1 visits (%n enterprises)</numerusform>
        </translation>
    </message>
    <message>
        <source>已解决 %1</source>
        <translation>Resolved %1</translation>
    </message>
    <message numerus="yes">
        <source>逾期解决 %1（超期 %n 个工作日）</source>
        <translation>
            <numerusform>Resolved late %1 (%n working day over)</numerusform>
            <numerusform>Resolved late %1 (%n working days over)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>区县分局可在“单位与用户”中另设本单位通知书的发文机关和联系电话。</source>
        <translation>A county branch can have its own issuing authority and telephone for its notices, under “Units and users”.</translation>
    </message>
    <message>
        <source>须先在“单位与用户”中添加一个启用的管理员账号，才能开启登录。</source>
        <translation>Add an active administrator account in “Units and users” first; then sign-in can be turned on.</translation>
    </message>
    <message>
        <source>本机数据库需要登录</source>
        <translation>Require sign-in for this database</translation>
    </message>
    <message>
        <source>勾选后，每次启动须用管理员开设的账号登录，操作记录按登录的用户记载；须至少有一个启用的管理员账号。下次启动时生效。</source>
        <translation>When ticked, every start asks for an account set up by an administrator, and the history records the signed-in user; at least one active administrator account is needed. Applies from the next start.</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{year}：申请编号中的年份；{n}：申请编号中的序号；{kind}：文书类别（受、补等）</source>
        <translation>{year}: the year in the application number; {n}: its serial; {kind}: the notice&apos;s word (受, 补, …)</translation>
    </message>
    <message>
        <source>留空则为承办人</source>
        <translation>Leave empty to print the handler</translation>
    </message>
    <message>
        <source>已登录：办理记录按登录的用户记载。</source>
        <translation>Signed in: the history records the signed-in user.</translation>
    </message>
    <message>
        <source>留空为本机默认数据库</source>
        <translation>Empty: this computer&apos;s default database</translation>
    </message>
    <message>
        <source>数据库文件的路径，或办公室共用服务器的地址，如 postgresql://用户名@服务器:5432/approvals；下次启动时生效。</source>
        <translation>A database file&apos;s path, or the office server&apos;s address such as postgresql://user@server:5432/approvals; used from the next start.</translation>
    </message>
    <message>
        <source>重新运行初始设置…</source>
        <translation>Run first-run setup again…</translation>
    </message>
    <message>
        <source>再次填写局名、我的姓名、所在单位和界面语言。</source>
        <translation>Enter the bureau’s name, your name, unit and language again.</translation>
    </message>
    <message>
        <source>再次填写局名和界面语言；姓名和所在单位以登录账号为准。</source>
        <translation>Enter the bureau’s name and language again; your name and unit are your account’s.</translation>
    </message>
    <message>
        <source>再次选择界面语言；姓名和所在单位以登录账号为准，局名由管理员设置。</source>
        <translation>Choose the language again; your name and unit are your account’s, and the bureau’s name is set by an administrator.</translation>
    </message>
    <message>
        <source>通知书设置由管理员修改，这里只供查看。</source>
        <translation>The notice settings are changed by an administrator; they are shown here to read.</translation>
    </message>
    <message>
        <source>到期提醒（系统托盘）</source>
        <translation>Due reminders (system tray)</translation>
    </message>
    <message>
        <source>每天首次打开时列出我名下本周到期的事项；事项超期时在系统托盘提示。</source>
        <translation>On the first start of each day, list my items due this week; notify in the system tray when one becomes overdue.</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>发文字号格式</source>
        <translation>Document number pattern</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>特别程序预计用时</source>
        <translation>Expected length of special procedures</translation>
    </message>
    <message>
        <source>通知书（全局设置，各电脑共用）</source>
        <translation>Notices (shared by every desk on this database)</translation>
    </message>
    <message>
        <source>例：受理通知书的文号为 %1</source>
        <translation>For example, an acceptance notice is numbered %1</translation>
    </message>
    <message>
        <source>例：受理通知书的文号为 %1。格式中没有 {kind}（文书类别），同一申请的受理、补正等各份通知书将使用同一文号。</source>
        <translation>For example, an acceptance notice is numbered %1. The pattern has no {kind} (the kind of notice): the acceptance, supplement and other notices of one application would share one number.</translation>
    </message>
    <message>
        <source>本机设置</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>我的姓名（承办人）</source>
        <translation>My name (as handler)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>数据库（下次启动生效）</source>
        <translation>Database (from the next start)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>下次启动时将重新运行初始设置</source>
        <translation>First-run setup will run at the next start</translation>
    </message>
    <message>
        <source>发文字号格式有误，请按其下方的说明改正。</source>
        <translation>The document number pattern is wrong: correct it as explained under it.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 — 一次办结</source>
        <translation>Sign in — One-Go</translation>
    </message>
    <message>
        <source>请使用管理员为您开设的账号登录。</source>
        <translation>Sign in with the account an administrator set up for you.</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Please enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>SpinBox</name>
    <message>
        <source>可填 %1 至 %2</source>
        <translation>Allowed: %1 to %2</translation>
    </message>
    <message>
        <source>可填 %1 至 %2（%1 即“%3”）</source>
        <translation>Allowed: %1 to %2 (%1: “%3”)</translation>
    </message>
</context>
<context>
    <name>StartFrame</name>
    <message>
        <source>正在打开数据库…
%1</source>
        <translation>Opening the database…
%1</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>已办理“%2”：%1。</source>
        <translation>“%2” recorded: %1.</translation>
    </message>
    <message>
        <source>已办理“%2”：%1 已办结。</source>
        <translation>“%2” recorded: %1 is finished.</translation>
    </message>
    <message>
        <source>请在“通知书”中出具%3。</source>
        <translation> Please issue the “%3” from the Notices tab.</translation>
    </message>
    <message>
        <source>“%1”现在不能办理：申请处于“%2”环节。</source>
        <translation>“%1” is not possible now: the application is at the “%2” stage.</translation>
    </message>
    <message>
        <source>申请处于“%1”环节，没有下一步可办理。</source>
        <translation>The application is at the “%1” stage: there is no next step.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 等 %n 件</source>
        <translation>
            <numerusform>%1 and others, %n in all</numerusform>
            <numerusform>%1 and others, %n in all</numerusform>
        </translation>
    </message>
    <message>
        <source>文号“%1”已用于 %2。一个文号通常只对应一项决定。仍使用此文号吗？选“否”返回修改。</source>
        <translation>Document number “%1” is already on %2. A number normally belongs to one decision. Use it again? Choose No to go back and change it.</translation>
    </message>
    <message>
        <source>已办理“%2”：%1 已办结，不再列在当前列表中（勾选“显示已办结”可查看）。</source>
        <translation>“%2” recorded: %1 is finished and no longer in this list (tick “Show finished” to see it).</translation>
    </message>
    <message>
        <source>将撤销 %5 的上一步：%1（%2，%3），回到“%4”环节。%7撤销操作本身会记入办理过程。如已就此出具《%6》，撤销后该文书不再有效，请收回或书面告知申请人。确定撤销吗？</source>
        <translation>This undoes the last step of %5: %1 (%2, %3), back to the “%4” stage. %7The undo itself is recorded in the history. If a notice was issued for that step (%6), it is no longer valid after the undo: take it back or tell the applicant in writing. Undo the step?</translation>
    </message>
    <message>
        <source>将撤销 %5 的上一步：%1（%2，%3），回到“%4”环节。%7撤销操作本身会记入办理过程。确定撤销吗？</source>
        <translation>This undoes the last step of %5: %1 (%2, %3), back to the “%4” stage. %7The undo itself is recorded in the history. Undo the step?</translation>
    </message>
    <message>
        <source>撤销上一步</source>
        <translation>Undo last step</translation>
    </message>
    <message>
        <source>撤销：%1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>确定对“%1 %2”办理“%3”吗？%4。选“是”后填写并确认办理内容。</source>
        <translation>Take the step “%3” on “%1 %2”? %4. Choose Yes to fill in and confirm it.</translation>
    </message>
    <message>
        <source>保存冲突</source>
        <translation>Save conflict</translation>
    </message>
    <message>
        <source>（请先在申请列表中选择一件申请）</source>
        <translation>(select an application in the list first)</translation>
    </message>
    <message>
        <source>（请先选择一件申请）</source>
        <translation>(select an application first)</translation>
    </message>
    <message>
        <source>（正在载入…）</source>
        <translation>(loading…)</translation>
    </message>
    <message>
        <source>为什么是这个日期？</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>已登记：%1 %2</source>
        <translation>Registered: %1 %2</translation>
    </message>
    <message>
        <source>登记前请确认</source>
        <translation>Before registering</translation>
    </message>
    <message>
        <source>是否查看其最新情况？</source>
        <translation>Look at it as it is now?</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>更正不能把总投资改为空；总投资无需更正时，请保留原数。</source>
        <translation>A correction cannot empty the investment; if it needs no correction, leave the amount as it is.</translation>
    </message>
    <message>
        <source>改正登记时录错的项目名称；原名称和更正人记入办理过程，可撤销。</source>
        <translation>Put right a project name mistyped at registration. The old name and who corrected it are kept in the history, and the correction can be undone.</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>万元，可不填</source>
        <translation>10k CNY, optional</translation>
    </message>
    <message>
        <source>总投资（万元）</source>
        <translation>Investment (10k CNY)</translation>
    </message>
    <message>
        <source>请填写项目名称。</source>
        <translation>Enter the project’s name.</translation>
    </message>
    <message>
        <source>请改正上面的项目名称或总投资。</source>
        <translation>Correct the project’s name or the investment above.</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>办理日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>需补正的材料</source>
        <translation>Missing materials</translation>
    </message>
    <message>
        <source>其他材料，每行一项</source>
        <translation>Other materials, one per line</translation>
    </message>
    <message>
        <source>其他材料</source>
        <translation>Other materials</translation>
    </message>
    <message>
        <source>如 环审〔2026〕12号</source>
        <translation>e.g. 环审〔2026〕12号</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>再次补正的理由</source>
        <translation>Reason for another supplement request</translation>
    </message>
    <message>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>审批单位</source>
        <translation>Deciding unit</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Current unit</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>请选择单位</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>转至</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <source>现承办人</source>
        <translation>Current handler</translation>
    </message>
    <message>
        <source>选择或输入承办人</source>
        <translation>Choose or type a handler</translation>
    </message>
    <message>
        <source>改派给</source>
        <translation>Reassign to</translation>
    </message>
    <message>
        <source>请选择要转至的单位。</source>
        <translation>Please choose the unit to transfer to.</translation>
    </message>
    <message>
        <source>不属于本局职权范围时填写，如：省生态环境厅</source>
        <translation>If not this bureau&apos;s matter: e.g. provincial department</translation>
    </message>
    <message>
        <source>申请事项依法不属于本局职权范围的，填写应向其申请的行政机关：不予受理决定书将依照《行政许可法》第三十二条第一款第（二）项告知申请人向该机关申请，理由可不填。</source>
        <translation>Where the matter is by law not within this bureau&apos;s authority, name the authority the applicant should apply to: the notice of non-acceptance then tells the applicant to apply there (Administrative Licensing Law, art. 32(1)(ii)), and a reason is optional.</translation>
    </message>
    <message>
        <source>应向其申请的机关</source>
        <translation>Apply instead to</translation>
    </message>
    <message>
        <source>请选择或输入新的承办人。</source>
        <translation>Please choose or type the new handler.</translation>
    </message>
    <message>
        <source>办理后：%1</source>
        <translation>Afterwards: %1</translation>
    </message>
    <message>
        <source>承诺期限不变（%1）：延期只延长法定期限。</source>
        <translation>The promised date stays %1: an extension moves the statutory date only.</translation>
    </message>
    <message>
        <source>法定期限延至 %1（原 %2）</source>
        <translation>Statutory date moves to %1 (was %2)</translation>
    </message>
    <message>
        <source>另一台电脑刚刚办理了此申请（现为“%1”），这里的办理无法保存。请取消后查看最新情况。</source>
        <translation>Another desk has just acted on this application (now “%1”); this step cannot be saved. Cancel and look at it as it is now.</translation>
    </message>
    <message>
        <source>%1没有其他在岗用户可以接办。请管理员先在“单位与用户”中为%1添加用户。</source>
        <translation>%1 has no other active user to take it over. An administrator must first add one to %1 under “Units and users”.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>空则以市局名义（设置中的发文机关）</source>
        <translation>Empty: the city bureau&apos;s (Settings)</translation>
    </message>
    <message>
        <source>本单位审批的申请，其通知书上供申请人联系的电话；联系人为承办人。</source>
        <translation>The telephone applicants are given on the notices of applications this unit decides; the contact named is the handler.</translation>
    </message>
    <message>
        <source>通知书发文机关</source>
        <translation>Issuing authority on notices</translation>
    </message>
    <message>
        <source>本单位经授权以自己名义作出审批决定的，填写其全称，如 江城市生态环境局高新分局；受市局委托办理的，留空，通知书以市局名义出具（《行政许可法》第二十四条）。</source>
        <translation>If this unit is authorised to decide in its own name, enter its full name, e.g. 江城市生态环境局高新分局. If it acts on the city bureau&apos;s behalf, leave this empty: its notices are issued in the city bureau&apos;s name (Administrative Licensing Law, Article 24).</translation>
    </message>
    <message>
        <source>空则用设置中的联系电话</source>
        <translation>Empty: the one in Settings</translation>
    </message>
    <message>
        <source>通知书联系电话</source>
        <translation>Telephone on notices</translation>
    </message>
    <message>
        <source>请填写“%1”。</source>
        <translation>Please fill in “%1”.</translation>
    </message>
    <message>
        <source>新增单位</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>修改单位</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>字母或数字，如 gaoxin</source>
        <translation>Letters or digits, e.g. gaoxin</translation>
    </message>
    <message>
        <source>区县分局必填，如 高新区</source>
        <translation>Required for a county branch, e.g. 高新区</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>辖区</source>
        <translation>District</translation>
    </message>
    <message>
        <source>已有代码为“%1”的单位。</source>
        <translation>A unit with the code “%1” exists already.</translation>
    </message>
</context>
<context>
    <name>UnitsController</name>
    <message numerus="yes">
        <source>在办申请 %n 件</source>
        <translation>
            <numerusform>%n open application</numerusform>
            <numerusform>%n open applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>在办 12369 案件 %n 件</source>
        <translation>
            <numerusform>%n open 12369 case</numerusform>
            <numerusform>%n open 12369 cases</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <comment>between the counts of a unit&apos;s open work</comment>
        <translation> and </translation>
    </message>
    <message>
        <source>“%1”现有%2</source>
        <translation>“%1” holds %2</translation>
    </message>
    <message>
        <source>%1。
停用后不能再转入或交办到该单位；已在该单位的事项仍留在那里，可转至其他单位办理。确定停用？</source>
        <translation>%1.
Once stopped, nothing can be transferred or handed to it; what it holds stays there and can be transferred to another unit. Stop it?</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between units</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>停用单位</source>
        <translation>Stop unit</translation>
    </message>
    <message>
        <source>单位已保存。</source>
        <translation>Units saved.</translation>
    </message>
    <message>
        <source>审批权限已保存。</source>
        <translation>Approval authority saved.</translation>
    </message>
    <message>
        <source>已新增用户 %1。</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>用户 %1 已修改。</source>
        <translation>User %1 changed.</translation>
    </message>
    <message>
        <source>用户 %1 的密码已重设。</source>
        <translation>Password of user %1 reset.</translation>
    </message>
    <message>
        <source>用户 %1 已停用。</source>
        <translation>User %1 deactivated.</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>停用用户“%1”？停用后该用户不能再登录或办理，正在使用的窗口也将无法保存；其办理记录保留。</source>
        <translation>Deactivate user “%1”? They can no longer sign in or take steps, and a window they have open can no longer save; their history is kept.</translation>
    </message>
    <message>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>确定修改？</source>
        <translation>Save the change?</translation>
    </message>
    <message numerus="yes">
        <source>“%1”现承办%2在办申请 %n 件，此后这些事项不在任何人的“我的事项”中。</source>
        <translation>
            <numerusform>“%1” handles %n open application at %2. It will then be in nobody’s “My items”. </numerusform>
            <numerusform>“%1” handles %n open applications at %2. They will then be in nobody’s “My items”. </numerusform>
        </translation>
    </message>
    <message>
        <source>请将其逐件改派给%2的其他承办人。</source>
        <translation>Reassign each to another handler of %2.</translation>
    </message>
    <message>
        <source>%2已无其他在岗用户：请先为%2添加用户，再将其逐件改派。</source>
        <translation>%2 has no other active user: add a user to %2 first, then reassign each.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>审批权限</source>
        <translation>Approval authority</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>%1（未保存）</source>
        <translation>%1 (not saved)</translation>
    </message>
    <message>
        <source>通知书发文机关 / 联系电话</source>
        <translation>Notices: issuing authority / telephone</translation>
    </message>
    <message>
        <source>以市局名义</source>
        <translation>City bureau&apos;s name</translation>
    </message>
    <message>
        <source>另一台电脑刚修改并保存了单位；您在此处的修改尚未保存，保存时会被拒绝。点“还原”查看最新的单位后再修改。</source>
        <translation>Another computer has just changed and saved the units; your changes here are not saved and would be refused. Click “Revert” to see the latest units, then make your changes.</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>辖区</source>
        <translation>District</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>新增单位…</source>
        <translation>New unit…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>保存单位</source>
        <translation>Save units</translation>
    </message>
    <message>
        <source>停用</source>
        <comment>button: make inactive</comment>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>启用</source>
        <comment>unit status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <comment>unit status</comment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>启用</source>
        <comment>button</comment>
        <translation>Activate</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>可以登录</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>至少 %1 位</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>请选择单位。</source>
        <translation>Please choose a unit.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>修改单位或角色…</source>
        <translation>Change unit or role…</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>反映事项 *（至少一项）</source>
        <translation>Matters raised * (at least one)</translation>
    </message>
    <message>
        <source>带 * 的为必填项</source>
        <translation>Fields marked * are required</translation>
    </message>
    <message>
        <source>编辑服务记录</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <source>新增服务记录</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>18位；目录中已有的企业会自动填入</source>
        <translation>18 characters; an enterprise in the directory fills in itself</translation>
    </message>
    <message>
        <source>请进来</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>走出去</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>参加人员，以顿号分隔</source>
        <translation>Staff present, separated by 、</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>反映的问题</source>
        <translation>Problem raised</translation>
    </message>
    <message>
        <source>关联申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>添加事项</source>
        <translation>Add matter</translation>
    </message>
    <message>
        <source>删除事项</source>
        <translation>Remove matter</translation>
    </message>
    <message>
        <source>需要跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>如何解决</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Staff present</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>解决措施</source>
        <translation>Measures agreed</translation>
    </message>
    <message>
        <source>（不关联）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>反映事项</source>
        <translation>Matters raised</translation>
    </message>
    <message>
        <source>跟进期限</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>解决日期</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1不能早于服务日期。</source>
        <translation>%1: cannot be before the day of the visit.</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>%1 发出（在受理期限内）：期限中止，等待申请人补正材料。</source>
        <translation>Sent %1, within the intake limit: the limit is suspended while the applicant&apos;s materials are awaited.</translation>
    </message>
    <message>
        <source>自收到全部补正材料之日起重新计算</source>
        <translation>Counted afresh from the day all the supplementary materials arrive</translation>
    </message>
    <message>
        <source>受理决定期限</source>
        <translation>Acceptance decision due (intake limit)</translation>
    </message>
    <message>
        <source>承诺期限</source>
        <translation>Promised due date</translation>
    </message>
    <message>
        <source>法定期限</source>
        <translation>Statutory due date</translation>
    </message>
    <message>
        <source>送达期限</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>收到申请材料（或补正材料）之日</source>
        <translation>the day the application (or the supplement) arrived</translation>
    </message>
    <message>
        <source>受理之日</source>
        <translation>the day of acceptance</translation>
    </message>
    <message>
        <source>收件之日（逾期未作受理决定，视为受理）</source>
        <translation>the day of receipt (deemed accepted: no decision in time)</translation>
    </message>
    <message>
        <source>作出审批决定之日</source>
        <translation>the day the decision was made</translation>
    </message>
    <message>
        <source>起算</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1，%2；次日为第 1 天</source>
        <translation>%1, %2; the next day is day 1</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>（进行中）</source>
        <translation> (running)</translation>
    </message>
    <message>
        <source>（公示期届满，此后照常计时）</source>
        <translation> (the notice period ended; counted again from the next day)</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <source>补正通知</source>
        <translation>Supplement notice</translation>
    </message>
    <message numerus="yes">
        <source>不计 %n 个工作日</source>
        <translation>
            <numerusform>%n working day not counted</numerusform>
            <numerusform>%n working days not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>照常计时</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>此时限照常计算</source>
        <translation>counted on this clock</translation>
    </message>
    <message numerus="yes">
        <source>原期限 %1，延长 %n 个工作日。理由：%3</source>
        <translation>
            <numerusform>Originally %1, extended by %n working day. Reason: %3</numerusform>
            <numerusform>Originally %1, extended by %n working days. Reason: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>跳过的休息日</source>
        <translation>Rest days skipped</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1：%2 至 %3，%4</source>
        <translation>%1: %2 to %3, %4</translation>
    </message>
    <message>
        <source>%1 发出，晚于受理期限：依《行政许可法》第三十二条，逾期不告知的自收到申请材料之日起即为受理；此通知不中止、也不重新计算时限。</source>
        <translation>Sent on %1, after the intake limit: under Art. 32 of the Administrative Licensing Law an application not told in time counts as accepted on receipt; this notice neither stops nor restarts the clocks.</translation>
    </message>
    <message>
        <source>%1 的补正通知晚于受理期限，不中止、也不重新计算此时限。</source>
        <translation>The supplement notice of %1 came after the intake limit: it neither stops nor restarts this clock.</translation>
    </message>
    <message numerus="yes">
        <source>周末 %n 天</source>
        <translation>
            <numerusform>%n weekend day</numerusform>
            <numerusform>%n weekend days</numerusform>
        </translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the weekend and the holiday count</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>节假日 %n 天</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyFrame</name>
    <message>
        <source>为什么是这个日期？ — %1</source>
        <translation>Why this date? — %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 年节假日安排尚未公布，按推算日历计算</source>
        <translation>The %1 holiday schedule is not published yet; an estimated calendar is used</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>_LimitEdit</name>
    <message>
        <source>工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>自然日</source>
        <translation>Calendar days</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>更正登记</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <source>收件登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>一次性告知补正</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <source>收到补正材料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>转技术评估</source>
        <translation>Send for expert review</translation>
    </message>
    <message>
        <source>技术评估完成</source>
        <translation>Expert review done</translation>
    </message>
    <message>
        <source>转入审查</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>告知听证权利</source>
        <translation>Notify hearing rights</translation>
    </message>
    <message>
        <source>未申请听证</source>
        <translation>No hearing requested</translation>
    </message>
    <message>
        <source>组织听证</source>
        <translation>Hold hearing</translation>
    </message>
    <message>
        <source>听证结束</source>
        <translation>Hearing done</translation>
    </message>
    <message>
        <source>拟批准公示</source>
        <translation>Start public notice</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>送达办结</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>申请人撤回</source>
        <translation>Applicant withdraws</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>撤销上一步</source>
        <translation>Undo last step</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>此数据库要求登录，但还没有任何用户。

请先在命令行中添加第一位管理员，例如：

%1

然后重新启动本程序，用该账号登录。</source>
        <translation>This database requires sign-in, but it has no users yet.

First add an administrator on the command line, for example:

%1

Then restart the program and sign in with that account.</translation>
    </message>
    <message>
        <source>无法登录</source>
        <translation>Cannot sign in</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>该数据库的备份 (%1.*.bak);;数据库备份 (*.bak *.sqlite3);;所有文件 (*)</source>
        <translation>This database&apos;s backups (%1.*.bak);;Database backups (*.bak *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>将用备份“%1”替换数据库文件“%2”。原文件会先另存一份；备份之后所做的修改将不再显示。其他电脑上的本程序须先关闭。确定恢复吗？</source>
        <translation>The database file “%2” will be replaced by the backup “%1”. A copy of the file is kept first; changes made after the backup will no longer be shown. The program must be closed on other computers first. Restore?</translation>
    </message>
    <message>
        <source>正在检查并恢复备份“%1”…</source>
        <translation>Checking and restoring the backup “%1”…</translation>
    </message>
    <message>
        <source>已从备份恢复。原数据库另存为：%1</source>
        <translation>Restored from the backup. The replaced database is kept as: %1</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>剩余时间所计到的日期：待受理的为受理期限，审查中的为承诺办结日（超过法定期限的为法定办结日），待送达的为送达期限，已办结的为承诺办结日。暂停计时的，暂停的日子不计，到期日随之逐日后延。</source>
        <translation>The day the countdown runs to: the acceptance deadline while waiting for acceptance, the promised decision date under review (the statutory one once that is passed), the delivery deadline while the decision waits to be delivered, and the promised decision date once done. While the clock is paused, the paused days do not count and the date moves later day by day.</translation>
    </message>
    <message>
        <source>申请编号</source>
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
        <source>审批单位</source>
        <translation>Deciding unit</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Current unit</translation>
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
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>企业或地址</source>
        <translation>Enterprise/address</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>期内登记收件的申请</source>
        <translation>Applications registered in the period</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>期内受理的申请</source>
        <translation>Applications accepted in the period</translation>
    </message>
    <message>
        <source>作出审批决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>期内作出批准或不予批准决定的申请</source>
        <translation>Applications approved or refused in the period</translation>
    </message>
    <message>
        <source>期内作出决定的申请中，在法定时限（含延期）内作出决定的比例</source>
        <translation>Of the applications decided in the period, the share decided within the statutory limit (extension included)</translation>
    </message>
    <message>
        <source>一次办结率</source>
        <translation>Completed-in-one-go rate</translation>
    </message>
    <message>
        <source>平均审批用时</source>
        <translation>Average working days used</translation>
    </message>
    <message>
        <source>平均承诺时限</source>
        <translation>Average promised limit</translation>
    </message>
    <message>
        <source>同一批申请的承诺时限，折算为工作日</source>
        <translation>The promised limit of the same applications, in working days</translation>
    </message>
    <message>
        <source>平均法定时限</source>
        <translation>Average statutory limit</translation>
    </message>
    <message>
        <source>期内作出决定的申请中，在承诺时限内作出决定的比例（《优化营商环境条例》第三十六条）</source>
        <translation>Of the applications decided in the period, the share decided within the promised limit (Regulations on Optimising the Business Environment, Art. 36)</translation>
    </message>
    <message>
        <source>法定期限内办结率</source>
        <translation>Decided within the statutory limit</translation>
    </message>
    <message>
        <source>期内送达办结的申请中，补正通知不超过一次的比例（不含时限要求）</source>
        <translation>Of the decisions delivered in the period, the share with at most one supplement notice (no time condition)</translation>
    </message>
    <message>
        <source>自受理（或视为受理）至作出决定的工作日，承诺时限暂停计时的天数不计</source>
        <translation>Working days from acceptance (or deemed acceptance) to decision, without the days the promised clock was paused</translation>
    </message>
    <message>
        <source>同一批申请的法定时限（不含延期），折算为工作日</source>
        <translation>The statutory limit of the same applications (without extension), in working days</translation>
    </message>
    <message>
        <source>时限压缩率</source>
        <translation>Time-limit compression</translation>
    </message>
    <message>
        <source>平均审批用时比平均法定时限缩短的比例</source>
        <translation>How much shorter the average time used is than the average statutory limit</translation>
    </message>
    <message>
        <source>补正</source>
        <translation>Supplements</translation>
    </message>
    <message>
        <source>期内收件中发出过一次性告知补正通知的申请</source>
        <translation>Applications received in the period that were sent a one-time supplement notice</translation>
    </message>
    <message>
        <source>补正占比</source>
        <translation>Supplement share</translation>
    </message>
    <message>
        <source>补正件数占期内收件的比例</source>
        <translation>Supplements as a share of applications received in the period</translation>
    </message>
    <message>
        <source>当前在办</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>统计时尚未办结的申请，不受所选期间限制</source>
        <translation>Applications not yet finished at the time of asking, whatever the period</translation>
    </message>
    <message>
        <source>期内登记收件、由该单位审批的申请</source>
        <translation>Applications received in the period that this unit decides</translation>
    </message>
    <message>
        <source>期内由该单位作出批准或不予批准决定的申请</source>
        <translation>Applications this unit approved or refused in the period</translation>
    </message>
    <message>
        <source>该单位期内作出决定的申请中，在承诺时限内作出决定的比例</source>
        <translation>Of this unit&apos;s decisions in the period, the share made within the promised limit</translation>
    </message>
    <message>
        <source>该单位期内作出决定的申请中，在法定时限（含延期）内作出决定的比例</source>
        <translation>Of this unit&apos;s decisions in the period, the share made within the statutory limit (extension included)</translation>
    </message>
    <message>
        <source>该单位期内送达办结的申请中，补正通知不超过一次的比例（不含时限要求）</source>
        <translation>Of this unit&apos;s decisions delivered in the period, the share with at most one supplement notice (no time condition)</translation>
    </message>
    <message>
        <source>期内作出决定的全部申请（不论审批单位），自收件至作出决定的工作日中由该单位持有的天数，按件平均；依系统内流转记录分段，流转当日计入移出单位。合计行为每件平均总用时：自收件（而非受理）至作出决定的全部工作日，含补正等暂停计时的天数，故长于不计暂停的“平均审批用时”</source>
        <translation>Of all applications decided in the period (whichever unit decided them), the working days from receipt to decision that this unit held them, averaged per application; split by the recorded transfers, the day of a transfer counting for the unit it leaves. The total row is the whole time per application: every working day from receipt (not acceptance) to decision, paused days (e.g. awaiting supplements) included, so it is longer than “Average working days used”, which leaves pauses out</translation>
    </message>
    <message>
        <source>平均在该单位工作日</source>
        <translation>Avg. working days held</translation>
    </message>
    <message>
        <source>用时占比</source>
        <translation>Share of time</translation>
    </message>
    <message>
        <source>该单位持有的工作日占期内作出决定的申请自收件至作出决定全部工作日的比例，各单位合计为 100%</source>
        <translation>The working days this unit held applications, as a share of all working days from receipt to decision of the applications decided in the period; the units add up to 100%</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>每件平均总用时（收件至决定，含暂停）</source>
        <translation>Average total time per application (receipt to decision, pauses included)</translation>
    </message>
    <message>
        <source>（未指定单位）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>月份（%1 至 %2）</source>
        <translation>Month (%1 to %2)</translation>
    </message>
    <message>
        <source>承诺期内办结率与一次办结率（月度）</source>
        <translation>Decided within promise and completed in one go (monthly)</translation>
    </message>
    <message>
        <source>承诺期内办结率</source>
        <translation>Decided within promise</translation>
    </message>
    <message>
        <source>各类别平均用时与时限（工作日）</source>
        <translation>Average time used and limits by category (working days)</translation>
    </message>
    <message>
        <source>：本期没有办结的申请</source>
        <translation>: nothing decided in this period</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>当前在办件数（按环节）</source>
        <translation>Open applications by stage</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Applications</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>已填写的内容尚未保存，确定放弃吗？</source>
        <translation>What you have entered is not saved. Discard it?</translation>
    </message>
    <message>
        <source>、</source>
        <comment>between field names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>尚未填写：%1</source>
        <translation>Still to fill in: %1</translation>
    </message>
    <message>
        <source>需更正：%1</source>
        <translation>To correct: %1</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the reasons</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>hotline</name>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>大气</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>水</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>噪声</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>固废</source>
        <translation>Solid waste</translation>
    </message>
    <message>
        <source>辐射</source>
        <translation>Radiation</translation>
    </message>
    <message>
        <source>生态</source>
        <translation>Ecology</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>待受理</source>
        <translation>To accept</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>合并办理</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已交办</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>已调查处理</source>
        <translation>Investigated</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>复查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>复查办结</source>
        <translation>Review closed</translation>
    </message>
    <message>
        <source>复核中</source>
        <translation>Under re-examination</translation>
    </message>
    <message>
        <source>复核办结</source>
        <translation>Re-examination closed</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>未能联系</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
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
        <source>按期办结</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <source>逾期办结</source>
        <translation>Closed late</translation>
    </message>
    <message>
        <source>受理告知期限</source>
        <translation>Acceptance notice due</translation>
    </message>
    <message>
        <source>承办单位办理期限</source>
        <translation>Unit&apos;s report due</translation>
    </message>
    <message>
        <source>办结期限</source>
        <translation>Closing due</translation>
    </message>
    <message>
        <source>复查期限</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>复核期限</source>
        <translation>Re-examination due</translation>
    </message>
    <message>
        <source>收到举报</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>期内登记的举报，含合并办理的重复举报</source>
        <translation>Reports registered in the period, merged repeats included</translation>
    </message>
    <message>
        <source>期内收到、并入在办案件的重复举报，与该案合计一件</source>
        <translation>Repeat reports received in the period and merged into an open case; they count as one with it</translation>
    </message>
    <message>
        <source>期内受理的案件</source>
        <translation>Cases accepted in the period</translation>
    </message>
    <message>
        <source>期内决定不予受理的举报</source>
        <translation>Reports refused in the period</translation>
    </message>
    <message>
        <source>期内办结的案件</source>
        <translation>Cases closed in the period</translation>
    </message>
    <message>
        <source>受理率</source>
        <translation>Acceptance rate</translation>
    </message>
    <message>
        <source>期内收到且至期末已作出受理决定的举报（不含合并办理）中，予以受理的比例</source>
        <translation>Of the reports received in the period and decided on by its end (merged ones left out), the share accepted</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <source>期内受理的案件中，至期末已办结的比例</source>
        <translation>Of the cases accepted in the period, the share closed by its end</translation>
    </message>
    <message>
        <source>到期办结率</source>
        <translation>Closure rate of cases due</translation>
    </message>
    <message>
        <source>办结期限在期内且已届满的案件中，至期末已办结的比例（期限尚未届满的不计）</source>
        <translation>Of the cases whose closing date fell in the period and has passed, the share closed by the period’s end (cases not yet due are left out)</translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation>On-time closure rate</translation>
    </message>
    <message>
        <source>期内办结的案件中，在办结期限（含延期）内办结的比例</source>
        <translation>Of the cases closed in the period, the share closed by their date (extension included)</translation>
    </message>
    <message>
        <source>平均办结用时</source>
        <translation>Average days to close</translation>
    </message>
    <message>
        <source>期内办结的案件自受理至办结的平均自然日数</source>
        <translation>Average calendar days from acceptance to closing, for cases closed in the period</translation>
    </message>
</context>
<context>
    <name>hotline_action</name>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>合并办理</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assign to unit</translation>
    </message>
    <message>
        <source>调查处理</source>
        <translation>Record findings</translation>
    </message>
    <message>
        <source>退回重办</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>申请复查</source>
        <translation>Request review</translation>
    </message>
    <message>
        <source>复查意见</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <source>申请复核</source>
        <translation>Request re-examination</translation>
    </message>
    <message>
        <source>复核意见</source>
        <translation>Re-examination decision</translation>
    </message>
    <message>
        <source>撤销上一步</source>
        <translation>Undo last step</translation>
    </message>
</context>
<context>
    <name>hotline_ui</name>
    <message>
        <source>%1：%2，%3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>超期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>剩 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>此处的修改尚未保存。放弃这些修改吗？</source>
        <translation>Your changes here are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
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
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>总投资（万元）</source>
        <translation>Total investment (10k yuan)</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审批决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translation>Application number</translation>
    </message>
</context>
<context>
    <name>modal</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>注意：通知书上没有联系电话。请管理员在“设置”的“通知书”一栏中填写；区县分局也可在“单位与用户”中另设本单位的电话。</source>
        <translation>Note: the notice carries no telephone number. An administrator can fill one in under Settings, in the notices section; a county branch can also have its own under “Units and users”.</translation>
    </message>
    <message>
        <source>预计所需时间（工作日）：</source>
        <translation>Expected time (working days):</translation>
    </message>
    <message>
        <source>%1：保存为 PDF 文件、直接打印，还是先打印预览？</source>
        <translation>%1: save as a PDF file, print, or see a print preview first?</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>save_paths</name>
    <message>
        <source>“%1”已存在，要替换它吗？</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>spin_units</name>
    <message numerus="yes">
        <source> 个工作日</source>
        <translation>
            <numerusform> working day</numerusform>
            <numerusform> working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> 天</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> 个自然日</source>
        <translation>
            <numerusform> calendar day</numerusform>
            <numerusform> calendar days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>step_hints</name>
    <message>
        <source>更正登记时录错的项目名称或总投资</source>
        <translation>Correct a project name or investment mistyped at registration</translation>
    </message>
    <message>
        <source>登记新收到的申请材料，开始计算受理期限</source>
        <translation>Record newly received materials; the acceptance period starts</translation>
    </message>
    <message>
        <source>一次性告知申请人需补正的全部材料，等待补正</source>
        <translation>Tell the applicant at once every material to supplement, and wait for it</translation>
    </message>
    <message>
        <source>登记收到的补正材料，回到收件环节</source>
        <translation>Record the supplemented materials; back to receipt</translation>
    </message>
    <message>
        <source>作出受理决定，审批时限自受理之日起计算</source>
        <translation>Accept; the time limits count from the day of acceptance</translation>
    </message>
    <message>
        <source>作出不予受理决定并说明理由，申请就此办结</source>
        <translation>Decide not to accept, with the reason; the application ends here</translation>
    </message>
    <message>
        <source>交技术评估机构评估</source>
        <translation>Send for expert review</translation>
    </message>
    <message>
        <source>登记技术评估完成，转入审查</source>
        <translation>Record the expert review as finished; on to review</translation>
    </message>
    <message>
        <source>开始对申请进行审查</source>
        <translation>Start reviewing the application</translation>
    </message>
    <message>
        <source>告知申请人和利害关系人享有听证权利</source>
        <translation>Tell the applicant and interested parties of their right to a hearing</translation>
    </message>
    <message>
        <source>告知期内未申请听证或书面放弃，回到审查</source>
        <translation>No hearing requested in time, or waived in writing; back to review</translation>
    </message>
    <message>
        <source>应申请人或利害关系人的申请组织听证</source>
        <translation>Hold a hearing at the request of the applicant or an interested party</translation>
    </message>
    <message>
        <source>听证结束，回到审查</source>
        <translation>Hearing over; back to review</translation>
    </message>
    <message>
        <source>拟作批准决定前进行公示</source>
        <translation>Publish the intended approval before deciding</translation>
    </message>
    <message>
        <source>作出批准决定，登记批复文号</source>
        <translation>Approve, recording the decision’s document number</translation>
    </message>
    <message>
        <source>作出不予批准决定，登记文号并说明理由</source>
        <translation>Refuse, recording the document number and the reason</translation>
    </message>
    <message>
        <source>决定文书已送达申请人，申请办结</source>
        <translation>The decision is delivered to the applicant; the application is finished</translation>
    </message>
    <message>
        <source>申请人撤回申请，申请就此终止</source>
        <translation>The applicant withdraws; the application ends here</translation>
    </message>
    <message>
        <source>经批准延长法定期限（只能延期一次）</source>
        <translation>Extend the statutory time limit, once, as approved</translation>
    </message>
    <message>
        <source>转交本局其他单位办理</source>
        <translation>Hand over to another unit of the bureau</translation>
    </message>
    <message>
        <source>改由其他承办人办理</source>
        <translation>Give to another handler</translation>
    </message>
    <message>
        <source>撤销最近一步操作，撤销本身记入办理过程</source>
        <translation>Undo the last step; the undo is kept in the history</translation>
    </message>
</context>
<context>
    <name>strings</name>
    <message>
        <source>数据库连接中断：这里显示的可能不是最新情况，连上之前办理无法保存。</source>
        <translation>The connection to the database is lost: what is shown may not be the latest, and no step can be saved until it is back.</translation>
    </message>
    <message>
        <source>数据库中已没有本程序的数据表：可能已被清空，或正在恢复备份。请联系管理员，恢复完成后重新打开本程序。</source>
        <translation>The database no longer holds this program’s tables: it may have been emptied, or a backup is being restored. Contact the administrator, and open the program again once the restore is done.</translation>
    </message>
    <message>
        <source>项目名称：“%1”→“%2”</source>
        <translation>Project: “%1” → “%2”</translation>
    </message>
    <message>
        <source>总投资：%1 → %2 万元</source>
        <translation>Investment: %1 → %2 (10k CNY)</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>项目名称恢复为“%1”</source>
        <translation>The project’s name returns to “%1”</translation>
    </message>
    <message>
        <source>总投资恢复为未填</source>
        <translation>The investment is again not given</translation>
    </message>
    <message>
        <source>总投资恢复为 %1 万元</source>
        <translation>The investment returns to %1 (10k CNY)</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the things an undo gives back</comment>
        <translation>. </translation>
    </message>
    <message>
        <source>%1。</source>
        <comment>a sentence</comment>
        <translation>%1. </translation>
    </message>
    <message>
        <source>项目名称和总投资都与登记的相同，没有需要更正的内容。</source>
        <translation>The project’s name and investment are as registered: there is nothing to correct.</translation>
    </message>
    <message>
        <source>“%1”是程序内置的审批类别，通知书等文书按其名称出具，不能重命名或删除。</source>
        <translation>“%1” is a category built into the program: notices and other documents are issued under its name, so it cannot be renamed or removed.</translation>
    </message>
    <message>
        <source>您的角色（%1）无权%2，以下内容仅供查看。</source>
        <translation>Your role (%1) may not %2; this is read-only.</translation>
    </message>
    <message>
        <source>类别“%1”下已登记有申请（含已办结和导入的），不能删除。</source>
        <translation>Applications are registered in category “%1” (including finished and imported ones), so it cannot be removed.</translation>
    </message>
    <message>
        <source>“%1”不是%2的在岗用户。承办人须从%2的用户中选择；新同事请管理员先在“单位与用户”中添加。</source>
        <translation>“%1” is not an active user of %2. Choose the handler from the users of %2; a new colleague must first be added by an administrator under “Units and users”.</translation>
    </message>
    <message>
        <source>总投资超过 1 万亿元，请核对数字，并确认是以万元填写的。</source>
        <translation>The total investment is over 1 trillion yuan. Check the figure, and that it is given in 10,000 yuan (万元).</translation>
    </message>
    <message>
        <source>送达超期</source>
        <translation>Delivery overdue</translation>
    </message>
    <message>
        <source>（截至 %1）</source>
        <translation> (as of %1)</translation>
    </message>
    <message>
        <source>统计期间：%1 至 %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>已有名为“%1”的用户。</source>
        <translation>A user named “%1” exists already.</translation>
    </message>
    <message>
        <source>已有名为“%1”的类别，请换一个名称。</source>
        <translation>A category named “%1” already exists; choose another name.</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>再次告知补正（第 %n 次）</source>
        <translation>
            <numerusform>Supplement again (notice %n)</numerusform>
            <numerusform>Supplement again (notice %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>备份“%1”已损坏或不是本程序的备份，无法用于恢复。</source>
        <translation>The backup “%1” is damaged or is not a backup of this program, and cannot be restored.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <comment>a field and what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 补录</source>
        <comment>a step recorded on a later day</comment>
        <translation>recorded on %1</translation>
    </message>
    <message>
        <source>无</source>
        <comment>no stages</comment>
        <translation>None</translation>
    </message>
    <message>
        <source>用时：受理至决定的工作日，不含承诺时限暂停计时的日子（如拟批准公示、技术评估）</source>
        <translation>Days used: working days from acceptance to decision, without the days the promised limit pauses for (public notices, expert review and the like)</translation>
    </message>
    <message>
        <source>、</source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1和%2</source>
        <comment>the last two items of a list in a sentence</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>（%1）</source>
        <comment>a remark in brackets</comment>
        <translation> (%1)</translation>
    </message>
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
        <source>听证告知</source>
        <translation>Hearing notice</translation>
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
        <source>已批准待送达</source>
        <translation>Approved, to be delivered</translation>
    </message>
    <message>
        <source>不予批准待送达</source>
        <translation>Refused, to be delivered</translation>
    </message>
    <message>
        <source>待送达</source>
        <translation>To be delivered</translation>
    </message>
    <message>
        <source>超承诺期限</source>
        <translation>Past promise</translation>
    </message>
    <message>
        <source>超法定期限</source>
        <translation>Past statutory limit</translation>
    </message>
    <message>
        <source>承诺期内办结</source>
        <translation>Decided within promise</translation>
    </message>
    <message>
        <source>超承诺未超法定</source>
        <translation>Past promise, within the law</translation>
    </message>
    <message>
        <source>超法定期限办结</source>
        <translation>Decided past the statutory limit</translation>
    </message>
    <message>
        <source>无法计算时限</source>
        <translation>Cannot compute</translation>
    </message>
    <message>
        <source>送达期限</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>听证申请期限</source>
        <translation>Hearing request period</translation>
    </message>
    <message>
        <source>听证组织期限</source>
        <translation>Hearing to be held by</translation>
    </message>
    <message>
        <source>受理公示期</source>
        <translation>Acceptance public notice</translation>
    </message>
    <message>
        <source>拟批准公示期</source>
        <translation>Public notice before approval</translation>
    </message>
    <message>
        <source>请进来</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>走出去</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>环评咨询</source>
        <translation>EIA consultation</translation>
    </message>
    <message>
        <source>审批进度</source>
        <translation>Approval progress</translation>
    </message>
    <message>
        <source>排污许可</source>
        <translation>Discharge permit</translation>
    </message>
    <message>
        <source>污染防治</source>
        <translation>Pollution control</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>无需跟进</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>跟进中</source>
        <translation>Following up</translation>
    </message>
    <message>
        <source>跟进超期</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>逾期解决</source>
        <translation>Resolved late</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>科长/分管领导</source>
        <translation>Section head</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>登记申请</source>
        <translation>register applications</translation>
    </message>
    <message>
        <source>办理审批环节</source>
        <translation>carry out approval steps</translation>
    </message>
    <message>
        <source>批准延期</source>
        <translation>grant extensions</translation>
    </message>
    <message>
        <source>改派承办人</source>
        <translation>reassign handlers</translation>
    </message>
    <message>
        <source>登记服务日走访</source>
        <translation>record service-day visits</translation>
    </message>
    <message>
        <source>导入台账</source>
        <translation>import ledgers</translation>
    </message>
    <message>
        <source>修改时限规则</source>
        <translation>change time-limit rules</translation>
    </message>
    <message>
        <source>修改节假日日历</source>
        <translation>change the holiday calendar</translation>
    </message>
    <message>
        <source>修改单位和审批权限</source>
        <translation>change units and approval authority</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>修改本局设置</source>
        <translation>change the bureau&apos;s settings</translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>市局</source>
        <translation>City bureau</translation>
    </message>
    <message>
        <source>区县分局</source>
        <translation>County branch</translation>
    </message>
    <message>
        <source>技术评估中心</source>
        <translation>Assessment centre</translation>
    </message>
    <message>
        <source>市局审批</source>
        <translation>City bureau</translation>
    </message>
    <message>
        <source>下放属地分局审批</source>
        <translation>Delegated to the local branch</translation>
    </message>
    <message>
        <source>建设项目环境影响评价文件审批申请表</source>
        <translation>EIA approval application form</translation>
    </message>
    <message>
        <source>环境影响报告书（表）报批稿</source>
        <translation>EIA report (form) for approval</translation>
    </message>
    <message>
        <source>公众参与说明</source>
        <translation>Public participation statement</translation>
    </message>
    <message>
        <source>环评文件编制单位和编制人员情况</source>
        <translation>Details of the EIA preparer and its staff</translation>
    </message>
    <message>
        <source>项目审批、核准或备案文件</source>
        <translation>Project approval, authorisation or filing document</translation>
    </message>
    <message>
        <source>规划环评审查意见或规划符合性说明</source>
        <translation>Plan EIA review opinion or plan conformity statement</translation>
    </message>
    <message>
        <source>主要污染物排放总量指标来源说明</source>
        <translation>Source of the main pollutant emission quotas</translation>
    </message>
    <message>
        <source>建设项目用地预审或选址意见</source>
        <translation>Land pre-review or site selection opinion</translation>
    </message>
    <message>
        <source>删除涉密内容的公开版本及删除依据</source>
        <translation>Public version without confidential content, with the basis for removal</translation>
    </message>
    <message>
        <source>许可申请表</source>
        <translation>Licence application form</translation>
    </message>
    <message>
        <source>营业执照或法人登记证书</source>
        <translation>Business licence or legal-person registration certificate</translation>
    </message>
    <message>
        <source>法定代表人授权委托书及经办人身份证明</source>
        <translation>Legal representative&apos;s power of attorney and the agent&apos;s ID</translation>
    </message>
    <message>
        <source>建设项目环境影响评价文件批复</source>
        <translation>Approval of the project&apos;s EIA document</translation>
    </message>
    <message>
        <source>与申请事项有关的技术资料</source>
        <translation>Technical papers on what is applied for</translation>
    </message>
    <message>
        <source>管理制度及相关人员资质证明</source>
        <translation>Management rules and the staff&apos;s qualifications</translation>
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
        <translation variants="yes">
            <lengthvariant>Paused: %1</lengthvariant>
            <lengthvariant>Paused</lengthvariant>
        </translation>
    </message>
    <message>
        <source>今日应送达</source>
        <translation>Deliver today</translation>
    </message>
    <message numerus="yes">
        <source>送达超期 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>Delivery %n working day late</lengthvariant><lengthvariant>Delivery %n day late</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>Delivery %n working days late</lengthvariant><lengthvariant>Delivery %n days late</lengthvariant></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本类别剩 %n 个工作日及以内标为“即将到期”</source>
        <translation>
            <numerusform>This category marks “Due soon” at %n working day left or fewer</numerusform>
            <numerusform>This category marks “Due soon” at %n working days left or fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>待送达 剩 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>To deliver: %n working day left</lengthvariant><lengthvariant>Deliver in %n day</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>To deliver: %n working days left</lengthvariant><lengthvariant>Deliver in %n days</lengthvariant></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超法定期限 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>%n working day past the statutory limit</lengthvariant><lengthvariant>%n day over legal limit</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>%n working days past the statutory limit</lengthvariant><lengthvariant>%n days over legal limit</lengthvariant></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超承诺 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>%n working day past promise</lengthvariant><lengthvariant>%n day over promise</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>%n working days past promise</lengthvariant><lengthvariant>%n days over promise</lengthvariant></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>用时 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>%n working day used</lengthvariant><lengthvariant>%n day used</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>%n working days used</lengthvariant><lengthvariant>%n days used</lengthvariant></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>期内办结 用时 %n 个工作日</source>
        <translation>
            <numerusform>In time: %n working day</numerusform>
            <numerusform>In time: %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超承诺 用时 %n 个工作日</source>
        <translation>
            <numerusform>Past promise: %n working day</numerusform>
            <numerusform>Past promise: %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超法定 用时 %n 个工作日</source>
        <translation>
            <numerusform>Past the law: %n working day</numerusform>
            <numerusform>Past the law: %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>承诺期内办结 用时 %n 个工作日</source>
        <translation>
            <numerusform>Decided within promise in %n working day</numerusform>
            <numerusform>Decided within promise in %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超承诺未超法定 用时 %n 个工作日</source>
        <translation>
            <numerusform>Past promise, within the law: %n working day</numerusform>
            <numerusform>Past promise, within the law: %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超法定期限办结 用时 %n 个工作日</source>
        <translation>
            <numerusform>Decided past the statutory limit: %n working day</numerusform>
            <numerusform>Decided past the statutory limit: %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>无法计算：日期超出日历范围</source>
        <translation variants="yes">
            <lengthvariant>Cannot compute: a date outside the calendar</lengthvariant>
            <lengthvariant>Cannot compute</lengthvariant>
        </translation>
    </message>
    <message numerus="yes">
        <source>超期 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>%n working day overdue</lengthvariant><lengthvariant>%n day late</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>%n working days overdue</lengthvariant><lengthvariant>%n days late</lengthvariant></numerusform>
        </translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>待受理 剩 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>To accept: %n working day left</lengthvariant><lengthvariant>Accept in %n day</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>To accept: %n working days left</lengthvariant><lengthvariant>Accept in %n days</lengthvariant></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>剩 %n 个工作日</source>
        <translation>
            <numerusform variants="yes"><lengthvariant>%n working day left</lengthvariant><lengthvariant>%n day left</lengthvariant></numerusform>
            <numerusform variants="yes"><lengthvariant>%n working days left</lengthvariant><lengthvariant>%n days left</lengthvariant></numerusform>
        </translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Closed</translation>
    </message>
    <message numerus="yes">
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个自然日</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
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
        <source>暂停计时</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <source>“%1”不是可读取的 Excel 工作簿（.xlsx），或其第一个工作表中没有标题行。</source>
        <translation>“%1” is not a readable Excel workbook (.xlsx), or its first sheet has no heading row.</translation>
    </message>
    <message>
        <source>无法写入“%1”：文件被占用（可能正在 Excel 中打开）或没有权限。</source>
        <translation>Cannot write “%1”: the file is in use (perhaps open in Excel) or you lack permission.</translation>
    </message>
    <message>
        <source>无法读写文件“%1”：%2</source>
        <translation>Cannot read or write “%1”: %2</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用，请稍后再试。</source>
        <translation>The database is in use by another program. Please try again shortly.</translation>
    </message>
    <message>
        <source>在您修改期间，另一台电脑已修改并保存了这些内容；您的修改未保存。请查看最新内容后再修改。</source>
        <translation>While you were editing, another computer changed and saved this; your change was not saved. Look at the latest, then make your change.</translation>
    </message>
    <message>
        <source>所选的企业、申请或单位已不在数据库中，或仍在使用而不能删除（可能另一台电脑刚刚修改过）；请刷新后再试。</source>
        <translation>The enterprise, application or unit chosen is no longer in the database, or is still in use and cannot be removed (another computer may just have changed it). Refresh and try again.</translation>
    </message>
    <message>
        <source>该位置已有同名文件，未替换；请另选一个文件名。</source>
        <translation>A file of that name is there already and was not replaced; choose another name.</translation>
    </message>
    <message>
        <source>另一台电脑正在保存这件申请，请稍后再试。</source>
        <translation>Another computer is saving this application. Please try again shortly.</translation>
    </message>
    <message>
        <source>该文件不是数据库，或数据库已损坏：请先核对文件路径；若确是本程序的数据库，请从备份恢复。</source>
        <translation>This file is not a database, or the database is damaged: first check the file&apos;s path; if it is this program&apos;s database, restore it from a backup.</translation>
    </message>
    <message>
        <source>统一社会信用代码 %1 已登记为“%2”，请核对，或在企业名录中编辑该企业。</source>
        <translation>The credit code %1 is registered to “%2” already: check it, or edit that enterprise in the directory.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器：请检查服务器地址和端口，以及服务器是否已启动、网络是否畅通。</source>
        <translation>Cannot reach the database server: check its address and port, that it is running, and the network.</translation>
    </message>
    <message>
        <source>数据库服务器拒绝登录：用户名或密码不正确，或本机未获准连接。请向管理员核实。</source>
        <translation>The database server refused the login: the user name or password is wrong, or this computer may not connect. Please ask the administrator.</translation>
    </message>
    <message>
        <source>数据库服务器上没有这个数据库：请核对数据库名称，或请管理员先创建。</source>
        <translation>The server has no database of that name: check the name, or ask the administrator to create it.</translation>
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
        <source>该举报案件已被他人修改，本次未保存。请取消后查看案件的最新情况再办理。</source>
        <translation>Someone else changed this case first; nothing was saved. Cancel, look at the case as it is now, then act.</translation>
    </message>
    <message>
        <source>该服务记录已被他人修改，本次未保存。请取消后查看最新内容再修改。</source>
        <translation>Someone else changed this visit record first; nothing was saved. Cancel, look at it as it is now, then edit.</translation>
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
        <source>找不到该数据库文件，请检查路径。程序不会自行在此新建数据库。</source>
        <translation>No database file there; please check the path. The program does not create a new database there by itself.</translation>
    </message>
    <message>
        <source>该文件是其他程序的数据库，本程序未作任何改动。请选择本程序的数据库文件。</source>
        <translation>This file is another program&apos;s database and was left unchanged. Please choose a database of this program.</translation>
    </message>
    <message>
        <source>磁盘空间已满，本次操作未保存。请清理磁盘空间后重试。</source>
        <translation>The disk is full; nothing of this operation was saved. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>数据库正在其他程序或窗口中打开，请先关闭后再恢复。</source>
        <translation>The database is open in another program or window; close it before restoring.</translation>
    </message>
    <message>
        <source>该文件已损坏或不是本程序的备份，无法用于恢复。</source>
        <translation>This file is damaged or not a backup of this program; it cannot be restored.</translation>
    </message>
    <message>
        <source>服务器上的共享数据库由服务器备份和恢复（pg_dump），请联系管理员。</source>
        <translation>A shared database on a server is backed up and restored on the server (pg_dump); please ask the administrator.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，当前为 %1 位。</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>第 %1 位字符“%2”不允许使用（信用代码不用 I、O、S、V、Z）。</source>
        <translation>Character %1 (“%2”) is not allowed (I, O, S, V and Z are never used).</translation>
    </message>
    <message>
        <source>首位“%1”不是有效的登记管理部门代码。</source>
        <translation>The first character “%1” is not a registration authority code.</translation>
    </message>
    <message>
        <source>校验位（第 18 位）“%1”与前 17 位不符：有字符输错。请对照营业执照逐位核对，不要只改最后一位。</source>
        <translation>The check character (the 18th), “%1”, does not match the first 17: a character is mistyped. Check every character against the business licence; do not just change the last one.</translation>
    </message>
    <message>
        <source>日期超出日历范围：只能是 %1 至 %2 年的日期。</source>
        <translation>The date is outside the calendar: it must fall in the years %1 to %2.</translation>
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
        <source>所选的审批类别已不存在（可能刚被管理员删除），请重新选择类别。</source>
        <translation>The chosen application category no longer exists (an administrator may just have removed it): choose the category again.</translation>
    </message>
    <message>
        <source>当前环节为“%2”，不能办理“%1”。</source>
        <translation>The application is at “%2”: “%1” cannot be done now.</translation>
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
        <source>延期天数须在 1 至 %1 个工作日之间。</source>
        <translation>An extension must be at least 1 working day and at most %1.</translation>
    </message>
    <message>
        <source>“%1”的法定时限不得延期：《行政许可法》第四十二条的延期只适用于该法自身的二十日期限。</source>
        <translation>The statutory limit of “%1” cannot be extended: the extension of Art. 42 of the Administrative Licensing Law belongs to that law&apos;s own 20-day limit.</translation>
    </message>
    <message>
        <source>法定期限已于 %1 届满，不能再延期；延期须在法定期限内决定。</source>
        <translation>The statutory limit ended on %1: an extension must be granted before it ends.</translation>
    </message>
    <message>
        <source>已发过一次补正通知：再次要求补正将不再计为“一次办结”，请填写需再次补正的理由。</source>
        <translation>A supplement notice was sent before: another one means the application is no longer completed in one go. Please give the reason.</translation>
    </message>
    <message numerus="yes">
        <source>该类别批准前须进行拟批准公示（不少于 %n 个工作日），请先办理“拟批准公示”。</source>
        <translation>
            <numerusform>This category needs a public notice of at least %n working day before approval. Record the public notice first.</numerusform>
            <numerusform>This category needs a public notice of at least %n working days before approval. Record the public notice first.</numerusform>
        </translation>
    </message>
    <message>
        <source>注意：文中的期限按推算的 %1 年节假日安排计算，国务院公布安排后可能变动。</source>
        <translation>Note: its dates are counted on an estimated %1 holiday schedule and may move once the official schedule is published.</translation>
    </message>
    <message>
        <source>%1至 %2 届满，期满后方可批准。</source>
        <translation>%1 runs until %2; approval can follow once it has ended.</translation>
    </message>
    <message>
        <source>日期不能早于上一步骤的日期 %1。</source>
        <translation>The date cannot be before the previous step&apos;s date, %1.</translation>
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
        <source>“%1”由项目所在区县的分局审批，请填写所在区县。</source>
        <translation>“%1” is decided by the branch of the project&apos;s district: enter the district.</translation>
    </message>
    <message>
        <source>请填写数字（万元，不小于 0），如 1200 或 1200.5。</source>
        <translation>Please enter a number (in 10,000 yuan, 0 or more), such as 1200 or 1200.5.</translation>
    </message>
    <message>
        <source>电话号码应由数字写成（可含空格、-、括号和“转”分机），至少 %1 位数字。</source>
        <translation>A telephone number is written in digits (spaces, -, brackets and 转 before an extension allowed), at least %1 of them.</translation>
    </message>
    <message>
        <source>时限规则不合理：%1</source>
        <translation>The time-limit rule cannot be saved: %1</translation>
    </message>
    <message>
        <source>规则须有代码和名称</source>
        <translation>a rule needs a code and a name</translation>
    </message>
    <message>
        <source>承诺时限不能长于法定时限</source>
        <translation>the promised limit cannot be longer than the statutory one</translation>
    </message>
    <message>
        <source>天数不能为负</source>
        <translation>no number of days can be negative</translation>
    </message>
    <message>
        <source>只有专家评审、听证和公示可以暂停计时</source>
        <translation>only expert review, hearing and public notice can pause a clock</translation>
    </message>
    <message>
        <source>请检查各项天数。</source>
        <translation>check the numbers of days.</translation>
    </message>
    <message>
        <source>；</source>
        <comment>between the problems of a rule</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>。</source>
        <comment>the end of a sentence</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>“%1”不是有效日期，应写作 2026-12-01 这样的形式。</source>
        <translation>“%1” is not a valid date; write it like 2026-12-01.</translation>
    </message>
    <message>
        <source>“%1”不是有效日期：月份应为 1 至 12，请核对日期。</source>
        <translation>“%1” is not a valid date: a month is 1 to 12. Please check the date.</translation>
    </message>
    <message>
        <source>“%1”不是有效日期：%2年%3月只有 %4 天，请核对日期。</source>
        <translation>“%1” is not a date: month %3 of %2 has only %4 days. Please check it.</translation>
    </message>
    <message>
        <source>类型“%1”无法识别，应为“休”（节假日）、“班”（调休上班）或“清除”。</source>
        <translation>Kind “%1” is not recognised; use 休 (holiday), 班 (make-up working day) or 清除 (clear).</translation>
    </message>
    <message>
        <source>与第 %1 行重复。</source>
        <translation>Repeats row %1.</translation>
    </message>
    <message>
        <source>该企业的同一项目已有在办申请：%1。再登记一次，同一申请将被计算两次，且登记后不能删除。</source>
        <translation>This enterprise already has this project open: %1. Registered again, the one application will be counted twice, and it cannot be deleted once registered.</translation>
    </message>
    <message numerus="yes">
        <source>收件日期 %1 已是 %n 个工作日之前，超过了 %2 个工作日的受理期限：登记后即视为自收件之日起受理（《行政许可法》第三十二条），审批期限已在计算。请核对收件日期。</source>
        <translation>
            <numerusform>The date received, %1, is %n working day ago, past the %2-working-day limit for accepting it: once registered it counts as accepted from that day (Administrative Licensing Law, art. 32), and its time limit is already running. Please check the date received.</numerusform>
            <numerusform>The date received, %1, is %n working days ago, past the %2-working-day limit for accepting it: once registered it counts as accepted from that day (Administrative Licensing Law, art. 32), and its time limit is already running. Please check the date received.</numerusform>
        </translation>
    </message>
    <message>
        <source>仍要登记吗？</source>
        <translation>Register it all the same?</translation>
    </message>
    <message>
        <source>与第 %1 行矛盾：那一行为“%2”，本行为“%3”；请只保留正确的一行。</source>
        <translation>Contradicts row %1: “%2” there, “%3” here. Keep the right one.</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>清除（按星期）</source>
        <translation>Clear (by day of the week)</translation>
    </message>
    <message>
        <source>文件中没有数据行。</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <source>审批结果“%1”无法识别，应为“批准”或“不予批准”。</source>
        <translation>Outcome “%1” is not recognised; use 批准 (approved) or 不予批准 (refused).</translation>
    </message>
    <message>
        <source>内容过长：最多 %1 个字，现有 %2 个字，请删减。</source>
        <translation>Too long: at most %1 characters, this has %2; please shorten it.</translation>
    </message>
    <message>
        <source>文件超过 %1 行（含空行），请拆分为几个文件分别导入。</source>
        <translation>The file has more than %1 rows (blank rows included); please split it into several files.</translation>
    </message>
    <message>
        <source>列数超过 %1 列，请删去多余的列后再导入。</source>
        <translation>More than %1 columns; please delete the columns not needed and import again.</translation>
    </message>
    <message>
        <source>文件内容超过 %1 MB（Excel 文件按解压后计），请拆分为几个文件分别导入。</source>
        <translation>The content is larger than %1 MB (an Excel file counted unpacked); please split it into several files.</translation>
    </message>
    <message>
        <source>单元格是公式但没有计算结果：请在 Excel 中打开并保存后再导入。</source>
        <translation>The cell holds a formula without a computed value: open and save the file in Excel, then import again.</translation>
    </message>
    <message>
        <source>单元格的值是错误值“%1”，请在 Excel 中改正后再导入。</source>
        <translation>The cell&apos;s value is the error “%1”; correct it in Excel and import again.</translation>
    </message>
    <message>
        <source>此行的引号不成对，分不清各列，请改正后再导入。</source>
        <translation>The quotes in this row do not pair up, so its columns cannot be told apart; please correct it and import again.</translation>
    </message>
    <message>
        <source>无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV 文件后再导入。</source>
        <translation>The file&apos;s encoding is not recognised; save it as a UTF-8 or GBK CSV file and import again.</translation>
    </message>
    <message>
        <source>该申请尚未受理（或受理已撤销），不能出具受理通知书。</source>
        <translation>The application has not been accepted (or the acceptance was undone): no acceptance notice can be issued.</translation>
    </message>
    <message>
        <source>该申请逾期未作受理决定，依法自收到申请材料之日起视为受理，但尚未办理“受理”。请先办理受理，再出具受理通知书。</source>
        <translation>No decision on acceptance was made within the time limit, so by law the application counts as accepted from the day its materials arrived; but “Accept” has not been recorded here. Record the acceptance first, then issue the acceptance notice.</translation>
    </message>
    <message>
        <source>该申请没有有效的一次性告知补正，不能出具补正材料通知书。</source>
        <translation>The application has no supplement request in force: no supplement notice can be issued.</translation>
    </message>
    <message>
        <source>该申请未作出不予受理决定，不能出具不予受理决定书。</source>
        <translation>The application was not refused at intake: no non-acceptance decision can be issued.</translation>
    </message>
    <message>
        <source>该申请未转技术评估（专家评审）或组织听证，不能出具特别程序期限告知书。</source>
        <translation>The application is not in expert review or a hearing: no special-procedure notice can be issued.</translation>
    </message>
    <message>
        <source>该申请未延期，不能出具延期告知书。</source>
        <translation>The application was not extended: no extension notice can be issued.</translation>
    </message>
    <message>
        <source>该类别的时限规则不允许延期，不出具延期告知书。</source>
        <translation>This category&apos;s rule allows no extension: no extension notice is issued.</translation>
    </message>
    <message>
        <source>该申请未作出不予批准决定，不能出具不予批准决定书。</source>
        <translation>The application was not refused: no refusal decision can be issued.</translation>
    </message>
    <message>
        <source>发文字号格式“%1”有误：只能使用 {year}（年份）、{n}（序号）、{kind}（文书类别）这几个占位符，花括号须成对。</source>
        <translation>The document number pattern “%1” is wrong: only {year}, {n} and {kind} may be used, with braces in pairs.</translation>
    </message>
    <message>
        <source>发文字号格式“%1”须含序号占位符 {n}，例如：环审{kind}〔{year}〕{n}号。</source>
        <translation>The document number pattern “%1” must contain the serial {n}, e.g. 环审{kind}〔{year}〕{n}号.</translation>
    </message>
    <message>
        <source>预计所需工作日须在 %1 至 %2 之间。</source>
        <translation>The expected working days must be between %1 and %2.</translation>
    </message>
    <message>
        <source>单位中须有且只有一个启用的市局。</source>
        <translation>There must be exactly one active city bureau among the units.</translation>
    </message>
    <message>
        <source>“%1”已有启用的分局：一个区县只能由一个分局负责。</source>
        <translation>“%1” already has an active branch; a district can have only one.</translation>
    </message>
    <message>
        <source>已有代码为“%1”的单位。</source>
        <translation>A unit with the code “%1” exists already.</translation>
    </message>
    <message>
        <source>没有启用的单位“%1”。</source>
        <translation>There is no active unit “%1”.</translation>
    </message>
    <message>
        <source>本件已在“%1”，请选择另一个单位。</source>
        <translation>The application is at “%1” already; please choose another unit.</translation>
    </message>
    <message>
        <source>本件的承办人已是 %1，请选择另一位承办人。</source>
        <translation>%1 is the handler already; please choose another handler.</translation>
    </message>
    <message>
        <source>承办单位的办理期限不能晚于本案的办结期限 %1。</source>
        <translation>The unit&apos;s date cannot be later than the case&apos;s own closing date %1.</translation>
    </message>
    <message>
        <source>延期天数须在 1 至 %1 日之间。</source>
        <translation>The extension must be at least 1 day and at most %1.</translation>
    </message>
    <message>
        <source>办结期限已于 %1 届满，不能再延期；延期须在期限内经负责人批准。</source>
        <translation>The closing date passed on %1: no extension now; an extension is approved by the head before the date.</translation>
    </message>
    <message>
        <source>此事项目前在“%1”，只有该单位可以办理。</source>
        <translation>This matter is now at %1; only that unit can act on it.</translation>
    </message>
    <message>
        <source>%1无权%2。</source>
        <translation>%1 may not %2.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>%1（到期日 %2）</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>密码连续输错次数过多，账号已锁定至 %1，请稍后再试或请管理员重设密码。</source>
        <translation>Too many wrong passwords: the account is locked until %1. Try again later, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <source>该账号已停用，请与管理员联系。</source>
        <translation>This account is deactivated; please contact an administrator.</translation>
    </message>
    <message>
        <source>密码至少 %1 位。</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>须至少保留一个启用的管理员账号，否则无人能管理用户和设置。</source>
        <translation>At least one active administrator account must remain, or nobody can manage users and settings.</translation>
    </message>
    <message>
        <source>单位“%1”已有申请或用户，不能删除；可改为停用。</source>
        <translation>Unit “%1” has applications or users and cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <source>注意：已超过受理期限（收件后 5 个工作日）。依《行政许可法》第三十二条，逾期不告知的自收到申请材料之日起即为受理：此补正通知照常记录，但不中止、也不重新计算时限。</source>
        <translation>Note: the intake limit (5 working days after receipt) has passed. Under Art. 32 of the Administrative Licensing Law an application not told in time counts as accepted on receipt: this notice is recorded, but it neither stops nor restarts the clocks.</translation>
    </message>
    <message numerus="yes">
        <source>注意：这是第 %n 次补正通知，本件将不再计为“一次办结”。</source>
        <translation>
            <numerusform>Note: this is supplement notice no. %n; the application will no longer count as completed in one go.</numerusform>
            <numerusform>Note: this is supplement notice no. %n; the application will no longer count as completed in one go.</numerusform>
        </translation>
    </message>
    <message>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>补正材料通知书</source>
        <translation>Supplement notice</translation>
    </message>
    <message>
        <source>不予受理决定书</source>
        <translation>Non-acceptance decision</translation>
    </message>
    <message>
        <source>特别程序期限告知书</source>
        <translation>Special-procedure notice</translation>
    </message>
    <message>
        <source>延期告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>不予批准决定书</source>
        <translation>Refusal decision</translation>
    </message>
    <message>
        <source>%1 已在您办理前被 %2 办理“%3”（办理日期 %4，%5 保存），您的办理未保存。</source>
        <translation>Before your step, %2 took “%3” on %1 (dated %4, saved %5); your step was not saved. </translation>
    </message>
    <message>
        <source>另一台电脑刚修改了 %1 的设置，您的修改未保存。请查看最新内容后再修改。</source>
        <translation>Another desk has just changed %1; your change was not saved. Look at the calendar as it is now, then change it.</translation>
    </message>
    <message>
        <source>时间不能晚于现在。</source>
        <translation>The time cannot be later than now.</translation>
    </message>
    <message>
        <source>文件或所在文件夹不存在，或已被移走（如 U 盘已拔出、网络盘已断开）。</source>
        <translation>The file or its folder does not exist, or has been removed (a USB drive taken out, a network drive disconnected).</translation>
    </message>
    <message>
        <source>磁盘空间已满，请清理后再试或另选位置。</source>
        <translation>The disk is full: free some space and try again, or choose another place.</translation>
    </message>
    <message>
        <source>该位置只读，不能写入，请另选位置。</source>
        <translation>This place is read-only: choose another one.</translation>
    </message>
    <message>
        <source>文件名或路径太长，请缩短后再试。</source>
        <translation>The file name or path is too long: shorten it and try again.</translation>
    </message>
    <message>
        <source>路径中有一项不是文件夹，请另选位置。</source>
        <translation>A part of the path is not a folder: choose another place.</translation>
    </message>
    <message>
        <source>读写设备出错，设备可能已断开。</source>
        <translation>The device could not be read or written: it may have been disconnected.</translation>
    </message>
    <message>
        <source>系统未能完成读写（%1）。</source>
        <translation>The system could not read or write it (%1).</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件，请另选文件名。</source>
        <translation>This is a folder, not a file: choose another file name.</translation>
    </message>
    <message>
        <source>该位置已有同名文件或文件夹，请另选文件名。</source>
        <translation>A file or folder of that name is already there: choose another name.</translation>
    </message>
    <message>
        <source>文件或设备正被占用，请稍后再试。</source>
        <translation>The file or device is in use: try again later.</translation>
    </message>
    <message>
        <source>文件名或路径中有不能使用的字符，请改名后再试。</source>
        <translation>The file name or path has a character that cannot be used: rename it and try again.</translation>
    </message>
</context>
<context>
    <name>written</name>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
