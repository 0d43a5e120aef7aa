<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gme::AcceptanceImport</name>
    <message numerus="yes">
        <source>%n row(s) have problems; no answer was recorded.</source>
        <translation>
            <numerusform>%n 行有问题，未记录任何确认结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) cannot be recorded any more (changed since the file was checked); nothing was recorded. Read the file again.</source>
        <translation>
            <numerusform>%n 条确认结果已无法记录（检查文件后数据已变化），未记录任何结果。请重新读取文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer was recorded: %1</source>
        <translation>未记录任何确认结果：%1</translation>
    </message>
    <message>
        <source>The confirmation window for this round is not open now.</source>
        <translation>本批次的学员确认时间窗口当前未开放。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <source>The file has no &quot;是否接受录取&quot; column (接受 / 放弃).</source>
        <translation>文件中没有“是否接受录取”列（接受 / 放弃）。</translation>
    </message>
    <message>
        <source>Unknown ID document type &quot;%1&quot;.</source>
        <translation>未知的证件类型“%1”。</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>The answer must be 接受 or 放弃, not &quot;%1&quot;.</source>
        <translation>是否接受录取须填写“接受”或“放弃”，不能是“%1”。</translation>
    </message>
    <message>
        <source>The same ID number is already on row %1.</source>
        <translation>相同的证件号码已出现在第 %1 行。</translation>
    </message>
    <message>
        <source>None of your applicants has this ID number.</source>
        <translation>您的报名学员中没有此证件号码。</translation>
    </message>
    <message>
        <source>The name does not match the applicant with this ID number (%1).</source>
        <translation>姓名与此证件号码的报名学员（%1）不一致。</translation>
    </message>
    <message>
        <source>The applicant was admitted to %1, not &quot;%2&quot;.</source>
        <translation>该学员录取专业为%1，不是“%2”。</translation>
    </message>
    <message>
        <source>no specialty</source>
        <translation>无专业</translation>
    </message>
    <message>
        <source>The applicant already answered (%1); an answer cannot be changed.</source>
        <translation>该学员已确认（%1），确认结果不能更改。</translation>
    </message>
    <message>
        <source>No admission result waits for an answer (the application is: %1).</source>
        <translation>没有待学员确认的录取结果（当前状态：%1）。</translation>
    </message>
</context>
<context>
    <name>gme::AcceptanceImportDialog</name>
    <message>
        <source>Import trainees&apos; answers</source>
        <translation>导入学员确认结果</translation>
    </message>
    <message>
        <source>A sheet of the trainees&apos; answers to their admission results: ID number, answer (是否接受录取: 接受 or 放弃) and, if present, name and specialty. Answers are recorded only for results sent more than 12 hours ago, while the confirmation window is open.</source>
        <translation>学员对录取结果的确认表：证件号码、是否接受录取（接受或放弃），以及（如有）姓名和专业。仅对发送已超过 12 小时的录取结果、且在学员确认时间窗口内记录确认结果。</translation>
    </message>
    <message>
        <source>Choose a .xlsx, .xls or .csv file.</source>
        <translation>请选择 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Record the valid rows even if other rows have problems</source>
        <translation>即使其他行有问题，也记录有效行</translation>
    </message>
    <message>
        <source>Record answers</source>
        <translation>记录确认结果</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read.</source>
        <translation>
            <numerusform>%1：已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) can be recorded.</source>
        <translation>
            <numerusform>%n 条确认结果可以记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already recorded.</source>
        <translation>
            <numerusform>%n 行已记录过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed below).</source>
        <translation>
            <numerusform>%n 行有问题（见下表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them, or tick the box below to record the valid rows only.</source>
        <translation>请修改这些行，或勾选下方选项仅记录有效行。</translation>
    </message>
    <message>
        <source>Recording answers…</source>
        <translation>正在记录确认结果…</translation>
    </message>
    <message>
        <source>Cancelled; no answer was recorded.</source>
        <translation>已取消，未记录任何确认结果。</translation>
    </message>
    <message>
        <source>No answer was recorded: %1</source>
        <translation>未记录任何确认结果：%1</translation>
    </message>
    <message>
        <source>%1 answer(s) recorded, %2 already recorded.</source>
        <translation>已记录 %1 条确认结果，%2 条此前已记录。</translation>
    </message>
</context>
<context>
    <name>gme::AgeingChartView</name>
    <message>
        <source>Base review</source>
        <translation>待基地审核</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>待属地复审</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>待省级终审</translation>
    </message>
    <message>
        <source>Returned to trainee</source>
        <translation>已退回学员</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>%1, waiting %2: %L3</source>
        <translation>%1，已等待%2：%L3</translation>
    </message>
</context>
<context>
    <name>gme::ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>新增志愿</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Person type:</source>
        <translation>人员类型：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Choice %1:</source>
        <translation>第 %1 志愿：</translation>
    </message>
    <message>
        <source>Obeys adjustment (any specialty of this base, or another base by the province)</source>
        <translation>服从调剂（本基地任一专业，或由省级统一调剂至其他基地）</translation>
    </message>
</context>
<context>
    <name>gme::AssignmentGridModel</name>
    <message>
        <source>Rotates in another department this month</source>
        <translation>本月在其他科室轮转</translation>
    </message>
    <message>
        <source>No supervising teacher</source>
        <translation>尚无带教老师</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手工指定</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>自动分配</translation>
    </message>
</context>
<context>
    <name>gme::AssignmentGridPage</name>
    <message>
        <source>Department: %1</source>
        <translation>科室：%1</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <source>Amber: no teacher yet · red: the teacher may no longer supervise · bold: set by hand. F2 or typing edits a cell.</source>
        <translation>黄色：尚未分配 · 红色：该老师已不能带教 · 粗体：手工指定。按 F2 或直接输入即可编辑单元格。</translation>
    </message>
    <message>
        <source>&amp;Fill empty cells automatically</source>
        <translation>自动填充空白单元格(&amp;F)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) without a teacher.</source>
        <translation>
            <numerusform>%n 个单元格尚无带教老师。</numerusform>
        </translation>
    </message>
    <message>
        <source>The assignments could not be loaded: %1</source>
        <translation>无法加载带教分配：%1</translation>
    </message>
    <message>
        <source>%1 filled, %2 kept, %3 released because their teacher may no longer supervise, %4 left empty.</source>
        <translation>已填充 %1 个，保留 %2 个，因老师不能再带教而释放 %3 个，仍有 %4 个空缺。</translation>
    </message>
    <message>
        <source>&amp;Change teacher…</source>
        <translation>调整带教老师(&amp;C)…</translation>
    </message>
    <message>
        <source>Lists every teacher of the department, with why those who may not supervise are refused.</source>
        <translation>列出本科室所有老师，不能带教的老师注明原因。</translation>
    </message>
    <message>
        <source>Rows the automatic assignment could not fill are listed here with the reason.</source>
        <translation>自动分配无法分配的行及原因列在这里。</translation>
    </message>
    <message>
        <source>Select a cell with a rotation first.</source>
        <translation>请先选择一个有轮转的单元格。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Trainee-months per teacher — %1. Not assigned: %2.</source>
        <translation>每位老师带教人月数 — %1。未分配：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>gme::Auth</name>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your system administrator to enable it.</source>
        <translation>此账号已停用，请联系系统管理员启用。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多，请 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot sign in to the server: %1</source>
        <translation>无法登录服务器：%1</translation>
    </message>
</context>
<context>
    <name>gme::BatchDecision</name>
    <message>
        <source>%1 registrations passed (batch action #%2)</source>
        <translation>%1 条报名审核通过（批量操作 #%2）</translation>
    </message>
    <message>
        <source>%1 registrations rejected (batch action #%2)</source>
        <translation>%1 条报名审核不通过（批量操作 #%2）</translation>
    </message>
    <message>
        <source>%1 registrations returned for revision (batch action #%2)</source>
        <translation>%1 条报名已退回修改（批量操作 #%2）</translation>
    </message>
    <message>
        <source>%1 registrations updated (batch action #%2)</source>
        <translation>%1 条报名已处理（批量操作 #%2）</translation>
    </message>
    <message>
        <source>The pending batch is empty. Move registrations into it first.</source>
        <translation>待处理栏为空，请先将报名记录加入待处理栏。</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在核对 %1 行…</translation>
    </message>
    <message>
        <source>No rows are left in the pending batch.</source>
        <translation>待处理栏中已没有记录。</translation>
    </message>
    <message>
        <source>Applying to %1 rows…</source>
        <translation>正在处理 %1 行…</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>未执行任何操作：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was applied.</source>
        <translation>已取消，未执行任何操作。</translation>
    </message>
    <message>
        <source>Nothing was applied: some rows changed since they were checked. Review the manifest again.</source>
        <translation>未执行任何操作：部分记录在核对后已被更改，请重新核对清单。</translation>
    </message>
    <message>
        <source>Reconnecting to the server…</source>
        <translation>正在重新连接服务器…</translation>
    </message>
    <message>
        <source>The connection to the server broke, but the batch had been applied entirely: %1</source>
        <translation>与服务器的连接中断，但该批次已全部生效：%1</translation>
    </message>
    <message>
        <source>The connection to the server broke before the batch was saved: nothing was applied. Your pending batch is kept; apply it again. (%1)</source>
        <translation>在批次保存前与服务器的连接中断：未做任何更改。待处理栏已保留，请再次执行。（%1）</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). The batch was applied entirely or not at all; your pending batch is kept. When the server is back, reload the queue: applied rows will have left it.</source>
        <translation>无法连接服务器（%1）。该批次要么全部生效，要么完全未生效；待处理栏已保留。服务器恢复后请刷新队列：已生效的记录会从队列中消失。</translation>
    </message>
    <message>
        <source>The server cannot be reached: nothing was applied. Your pending batch is kept; apply it again when the connection is back. (%1)</source>
        <translation>无法连接服务器：未应用任何更改。待定批次已保留，连接恢复后请重新应用。（%1）</translation>
    </message>
</context>
<context>
    <name>gme::BatchesPage</name>
    <message>
        <source>Exam batch</source>
        <translation>考试批次</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前开放阶段</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Extend window…</source>
        <translation>延长截止时间…</translation>
    </message>
    <message>
        <source>The exam batches could not be loaded: %1</source>
        <translation>无法加载考试批次：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No window open</source>
        <translation>无开放阶段</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>gme::ChangeRequestDialog</name>
    <message>
        <source>File a change request</source>
        <translation>提交信息变更申请</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <translation>%1（%2）— %3，%4</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>变更项目：</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>变更为：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>The trainee&apos;s record changes only when the supervising authority approves.</source>
        <translation>主管部门批准后，学员信息才会变更。</translation>
    </message>
</context>
<context>
    <name>gme::ChangeRequestsPage</name>
    <message>
        <source>File a request…</source>
        <translation>提交变更申请…</translation>
    </message>
    <message>
        <source>Request filed; it waits for the supervising authority</source>
        <translation>申请已提交，等待主管部门审核</translation>
    </message>
    <message>
        <source>File a change request</source>
        <translation>提交信息变更申请</translation>
    </message>
</context>
<context>
    <name>gme::Changes</name>
    <message>
        <source>Only a training base files change requests</source>
        <translation>只有培训基地可以提交变更申请</translation>
    </message>
    <message>
        <source>Not found or not in your scope</source>
        <translation>不存在或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>A change request needs a reason</source>
        <translation>变更申请须填写原因</translation>
    </message>
    <message>
        <source>A request of this kind for this trainee is still awaiting a decision</source>
        <translation>该学员的同类变更申请尚在审核中</translation>
    </message>
    <message>
        <source>The person type %1 cannot be changed</source>
        <translation>人员类型“%1”不可变更</translation>
    </message>
    <message>
        <source>A person type can only become one of: %1</source>
        <translation>人员类型只能变更为：%1</translation>
    </message>
    <message>
        <source>Unknown sending unit</source>
        <translation>送选单位不存在</translation>
    </message>
    <message>
        <source>Unknown specialty on this track</source>
        <translation>本培训类别没有该专业</translation>
    </message>
    <message>
        <source>Only trainees who started training this year can change base; otherwise the base withdraws them and the new base admits them again</source>
        <translation>只有当年度入培的学员可以变更培训基地；否则须由原基地办理退培、新基地重新招录</translation>
    </message>
    <message>
        <source>Unknown training base on this track</source>
        <translation>本培训类别没有该培训基地</translation>
    </message>
    <message>
        <source>Unknown training status</source>
        <translation>未知的培训状态</translation>
    </message>
    <message>
        <source>A status change needs the date it takes effect</source>
        <translation>培训状态变更须填写生效日期</translation>
    </message>
    <message>
        <source>A suspension or extension needs an end date after its start</source>
        <translation>暂停或延期须填写晚于开始日期的结束日期</translation>
    </message>
    <message>
        <source>An extension must end after the current end of training (%1)</source>
        <translation>延期的结束日期须晚于当前培训结束日期（%1）</translation>
    </message>
    <message>
        <source>The new value is the same as the current one</source>
        <translation>新值与当前值相同</translation>
    </message>
    <message>
        <source>The trainee&apos;s record changed since the request was filed; the base must file it again</source>
        <translation>申请提交后学员信息已变化，请基地重新提交申请</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>信息变更申请</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Withdrawn by base</source>
        <translation>基地已撤回</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>File request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Person type</source>
        <translation>人员类型</translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation>送选单位</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>培训专业</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>培训状态</translation>
    </message>
    <message>
        <source>Withdrawn from training</source>
        <translation>退培</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>在培</translation>
    </message>
</context>
<context>
    <name>gme::ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The connection to the server is lost; reconnecting…</source>
        <translation>与服务器的连接已断开，正在重连…</translation>
    </message>
</context>
<context>
    <name>gme::ConnectionGuard</name>
    <message>
        <source>The server is out of reach.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>gme::ConnectionProfiles</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Verifying the server needs the CA certificate file.</source>
        <translation>验证服务器需要 CA 证书文件。</translation>
    </message>
</context>
<context>
    <name>gme::ConnectionProfilesDialog</name>
    <message>
        <source>Central servers</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypt and verify the certificate</source>
        <translation>加密并验证证书</translation>
    </message>
    <message>
        <source>Encrypt and verify certificate and host name</source>
        <translation>加密并验证证书和主机名</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Passwords are never saved: you type yours when you sign in.</source>
        <translation>密码从不保存：登录时输入。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Provincial server</source>
        <translation>省级服务器</translation>
    </message>
</context>
<context>
    <name>gme::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a roster.</source>
        <translation>%1 文件过大，不像是名册文件。</translation>
    </message>
    <message>
        <source>This system cannot decode %1 text.</source>
        <translation>本系统无法解码 %1 编码的文本。</translation>
    </message>
    <message>
        <source>%1: a quoted field starting on line %2 is never closed.</source>
        <translation>%1：第 %2 行开始的带引号字段没有结束引号。</translation>
    </message>
</context>
<context>
    <name>gme::Dashboard</name>
    <message>
        <source>City / school authority</source>
        <translation>地市/院校主管部门</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Waiting for base review</source>
        <translation>待基地审核</translation>
    </message>
    <message>
        <source>Waiting for second review</source>
        <translation>待属地复审</translation>
    </message>
    <message>
        <source>Waiting for final review</source>
        <translation>待省级终审</translation>
    </message>
    <message>
        <source>Returned, waiting for the trainee</source>
        <translation>已退回，待学员修改</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计概览</translation>
    </message>
    <message>
        <source>%1 — figures as of %2</source>
        <translation>%1 — 统计截至 %2</translation>
    </message>
    <message>
        <source>Registrations by city and state</source>
        <translation>各地市报名审核状态</translation>
    </message>
    <message>
        <source>Registrations by training base and state</source>
        <translation>各培训基地报名审核状态</translation>
    </message>
    <message>
        <source>Items waiting, by time since they entered their state</source>
        <translation>待处理记录（按进入当前状态的时长）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待处理环节</translation>
    </message>
    <message numerus="yes">
        <source>Stage windows closing within %n day(s)</source>
        <translation>
            <numerusform>%n 天内截止的阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>Exam batch</source>
        <translation>考试批次</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>尚待处理</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reasons given for returns and rejections (most frequent 20 of each)</source>
        <translation>退回修改与审核不通过的理由（各取最常见的 20 条）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation>不足 1 天</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <source>Over 7 days</source>
        <translation>超过 7 天</translation>
    </message>
</context>
<context>
    <name>gme::DashboardPage</name>
    <message>
        <source>Exam batch:</source>
        <translation>考试批次：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组方式：</translation>
    </message>
    <message>
        <source>City / school authority</source>
        <translation>地市/院校主管部门</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Windows closing within:</source>
        <translation>即将截止：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>尚待处理</translation>
    </message>
    <message>
        <source>Exam batch</source>
        <translation>考试批次</translation>
    </message>
    <message>
        <source>Stage windows closing soon</source>
        <translation>即将截止的阶段</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Items waiting, by time in their current state</source>
        <translation>待处理记录（按在当前状态停留的时长）</translation>
    </message>
    <message>
        <source>Reasons given for returns and rejections</source>
        <translation>退回修改与审核不通过的理由</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>无法完成统计：%1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <source>There is no exam batch yet.</source>
        <translation>尚无考试批次。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计截至 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registrations by city and state&lt;/b&gt; — click a bar to open that city&apos;s queue</source>
        <translation>&lt;b&gt;各地市报名审核状态&lt;/b&gt; — 单击条形可打开该地市的审核列表</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registrations by training base and state&lt;/b&gt; — click a bar to open that base&apos;s queue</source>
        <translation>&lt;b&gt;各培训基地报名审核状态&lt;/b&gt; — 单击条形可打开该基地的审核列表</translation>
    </message>
    <message numerus="yes">
        <source>No open window closes within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有即将截止的开放阶段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open windows that close within %n day(s):</source>
        <translation>
            <numerusform>%n 天内截止的开放阶段：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Dashboard %1 %2.xlsx</source>
        <translation>统计概览 %1 %2.xlsx</translation>
    </message>
    <message>
        <source>Export the figures to Excel</source>
        <translation>将统计数据导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>The figures could not be saved.

%1</source>
        <translation>无法保存统计数据。

%1</translation>
    </message>
</context>
<context>
    <name>gme::Database</name>
    <message>
        <source>Not a valid server address: %1 (expected postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>服务器地址无效：%1（应为 postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>Do not put the password in the server address; it is asked for or read from PGPASSWORD.</source>
        <translation>请勿把密码写在服务器地址中；密码会被询问或从 PGPASSWORD 读取。</translation>
    </message>
    <message>
        <source>Unknown connection option &apos;%1&apos; in %2</source>
        <translation>%2 中有未知的连接选项“%1”</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create schema_version: %1</source>
        <translation>无法创建 schema_version 表：%1</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>无法读取数据库升级脚本 %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>数据库升级 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot begin a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost and could not be reopened: %2</source>
        <translation>与服务器 %1 的连接已断开，且无法重新连接：%2</translation>
    </message>
    <message>
        <source>Cannot check foreign keys: %1</source>
        <translation>无法检查外键：%1</translation>
    </message>
    <message>
        <source>Migration %1 leaves rows pointing at missing rows</source>
        <translation>迁移 %1 会留下指向不存在记录的数据</translation>
    </message>
</context>
<context>
    <name>gme::DecisionImport</name>
    <message>
        <source>The file needs an ID number column and a result column.</source>
        <translation>文件中须有“证件号码”列和“审核结果”列。</translation>
    </message>
    <message>
        <source>The result must be 通过, 不通过 or 退回, not &quot;%1&quot;.</source>
        <translation>审核结果须为“通过”“不通过”或“退回”，不能为“%1”。</translation>
    </message>
    <message>
        <source>Reject and return need a reason.</source>
        <translation>审核不通过和退回修改须填写理由。</translation>
    </message>
    <message>
        <source>The same ID number is already on row %1.</source>
        <translation>相同的证件号码已出现在第 %1 行。</translation>
    </message>
    <message>
        <source>No registration with this ID number is waiting in your queue.</source>
        <translation>您的审核列表中没有该证件号码的待审核报名。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; no decision was applied.</source>
        <translation>
            <numerusform>%n 行有问题，未执行任何审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot take this decision now; no decision was applied.</source>
        <translation>
            <numerusform>%n 行当前无法执行此审核操作，未执行任何审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision was applied: %1</source>
        <translation>未执行任何审核：%1</translation>
    </message>
</context>
<context>
    <name>gme::DecisionImportDialog</name>
    <message>
        <source>Import decisions</source>
        <translation>导入审核结果</translation>
    </message>
    <message>
        <source>A sheet with one decision per row: ID number, outcome (通过 / 不通过 / 退回) and a reason where the outcome needs one. The decisions go through the same checks as a batch in the review pane; when any check fails, nothing is applied.</source>
        <translation>表格中每行一条审核结果：证件号码、审核结果（通过 / 不通过 / 退回），以及需要时填写的理由。导入的审核结果与审核界面中的批量操作执行相同的检查；任何一项检查不通过，均不执行。</translation>
    </message>
    <message>
        <source>Apply decisions</source>
        <translation>执行审核</translation>
    </message>
    <message>
        <source>Choose a .xlsx or .csv file.</source>
        <translation>请选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read.</source>
        <translation>
            <numerusform>%1：共读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass %1, reject %2, return for revision %3.</source>
        <translation>审核通过 %1 行，审核不通过 %2 行，退回修改 %3 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are listed below and will not be applied.</source>
        <translation>
            <numerusform>下方列出的 %n 行有问题，将不予执行。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>没有可执行的审核结果。</translation>
    </message>
    <message>
        <source>Applying decisions…</source>
        <translation>正在执行审核…</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>未执行任何审核：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) applied.</source>
        <translation>
            <numerusform>已执行 %n 条审核结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gme::Demo</name>
    <message>
        <source>Cannot read the index definitions: %1</source>
        <translation>无法读取索引定义：%1</translation>
    </message>
    <message>
        <source>Cannot change an index: %1 (%2)</source>
        <translation>无法修改索引：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The number of demo trainees cannot be negative.</source>
        <translation>演示学员人数不能为负数。</translation>
    </message>
    <message>
        <source>The database %1 already has organisations; the demo province can only be created in an empty database.</source>
        <translation>数据库 %1 中已有机构数据；只能在空数据库中创建演示省份。</translation>
    </message>
    <message>
        <source>Cannot change a trigger: %1 (%2)</source>
        <translation>无法修改触发器：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot advance the id sequences: %1</source>
        <translation>无法推进编号序列：%1</translation>
    </message>
</context>
<context>
    <name>gme::DetailsPanel</name>
    <message>
        <source>Theory</source>
        <translation>理论考核</translation>
    </message>
    <message>
        <source>Clinical skills</source>
        <translation>技能考核</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Person type:</source>
        <translation>人员类型：</translation>
    </message>
    <message>
        <source>Training base:</source>
        <translation>培训基地：</translation>
    </message>
    <message>
        <source>Collaborating unit:</source>
        <translation>协同单位：</translation>
    </message>
    <message>
        <source>City / authority:</source>
        <translation>地市/主管部门：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <source>Degree:</source>
        <translation>学位：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>毕业学校：</translation>
    </message>
    <message>
        <source>Graduation date:</source>
        <translation>毕业时间：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名信息</translation>
    </message>
    <message>
        <source>Exam batch:</source>
        <translation>考试批次：</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>培训类别：</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>报考专业：</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>报考科目：</translation>
    </message>
    <message>
        <source>Make-up candidate:</source>
        <translation>是否补考：</translation>
    </message>
    <message>
        <source>Training period:</source>
        <translation>培训起止时间：</translation>
    </message>
    <message>
        <source>Licence number:</source>
        <translation>医师资格证号：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>审核状态：</translation>
    </message>
    <message>
        <source>Submitted at:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Batch action</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>History</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Select a registration to see its details.</source>
        <translation>请选择一条报名记录以查看详细信息。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
</context>
<context>
    <name>gme::Domain</name>
    <message>
        <source>Training base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Municipal review</source>
        <translation>属地/院校复审</translation>
    </message>
    <message>
        <source>Provincial office</source>
        <translation>省级管理部门</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Resident physician</source>
        <translation>住院医师</translation>
    </message>
    <message>
        <source>Assistant GP</source>
        <translation>助理全科医生</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Base review</source>
        <translation>基地审核</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>属地复审</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>省级终审</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Passed by base</source>
        <translation>基地审核通过</translation>
    </message>
    <message>
        <source>Passed second review</source>
        <translation>复审通过</translation>
    </message>
    <message>
        <source>Passed final review</source>
        <translation>终审通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>审核不通过</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消报名</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>审核不通过</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交报名</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>科室主任</translation>
    </message>
</context>
<context>
    <name>gme::Evidence</name>
    <message>
        <source>a ZIP archive or an Office document (.docx, .xlsx)</source>
        <translation>ZIP 压缩包或 Office 文档（.docx、.xlsx）</translation>
    </message>
    <message>
        <source>an old-format Office document (.doc, .xls)</source>
        <translation>旧版 Office 文档（.doc、.xls）</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <source>not a file type the viewer knows</source>
        <translation>查看器无法识别的文件类型</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): the upload did not arrive.</source>
        <translation>文件为空（0 字节）：上传未成功。</translation>
    </message>
    <message>
        <source>This file is named or labelled as a PDF but is not one: it looks like %1.</source>
        <translation>此文件名称或类型标为 PDF，但实际不是 PDF：看起来是%1。</translation>
    </message>
    <message>
        <source>The file is neither a PDF nor a JPEG or PNG image: it looks like %1.</source>
        <translation>此文件既不是 PDF，也不是 JPEG 或 PNG 图片：看起来是%1。</translation>
    </message>
    <message>
        <source>The PDF is truncated (no end-of-file marker): the upload was cut short, pages may be missing.</source>
        <translation>PDF 不完整（缺少文件结束标记）：上传中断，可能缺页。</translation>
    </message>
    <message>
        <source>The PDF is encrypted and may need a password to open.</source>
        <translation>PDF 已加密，可能需要密码才能打开。</translation>
    </message>
    <message>
        <source>This file is named or labelled as a PDF but is a %1 image.</source>
        <translation>此文件名称或类型标为 PDF，实际是 %1 图片。</translation>
    </message>
    <message>
        <source>The file name says %1 but the content is %2.</source>
        <translation>文件扩展名为 %1，但内容是 %2。</translation>
    </message>
    <message>
        <source>The image is truncated: the upload was cut short, part of the picture may be grey or missing.</source>
        <translation>图片不完整：上传中断，部分画面可能显示为灰色或缺失。</translation>
    </message>
    <message>
        <source>The image header cannot be read.</source>
        <translation>无法读取图片头信息。</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels (%3 megapixels), more than the %4 megapixels the viewer opens; it is not decoded.</source>
        <translation>图片声明尺寸为 %1 × %2 像素（%3 百万像素），超过查看器可打开的 %4 百万像素，已拒绝解码。</translation>
    </message>
    <message>
        <source>The file is missing from the database (no stored content for SHA-256 %1…).</source>
        <translation>数据库中缺少此文件（没有 SHA-256 为 %1… 的存储内容）。</translation>
    </message>
    <message>
        <source>The file cannot be read from the database: %1</source>
        <translation>无法从数据库读取文件：%1</translation>
    </message>
    <message>
        <source>Process assessment register</source>
        <translation>过程考核登记表</translation>
    </message>
    <message>
        <source>Training-years reduction proof</source>
        <translation>培训年限减免佐证材料</translation>
    </message>
    <message>
        <source>Physician qualification certificate</source>
        <translation>医师资格证书</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>毕业证书</translation>
    </message>
    <message>
        <source>Certificate photo</source>
        <translation>证书照片</translation>
    </message>
    <message>
        <source>Admission notice</source>
        <translation>录取通知书</translation>
    </message>
    <message>
        <source>Base change form</source>
        <translation>基地变更申请表</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The file is damaged: its content does not match the fingerprint recorded at upload (expected SHA-256 %1…, got %2…). It is not shown.</source>
        <translation>文件已损坏：内容与上传时记录的指纹不一致（应为 SHA-256 %1…，实际为 %2…），不予显示。</translation>
    </message>
    <message>
        <source>The evidence server sent more than %1; the download was stopped.</source>
        <translation>佐证材料服务器发送的数据超过 %1，已停止下载。</translation>
    </message>
    <message>
        <source>The evidence server sent %1 of %2 bytes.</source>
        <translation>佐证材料服务器只发送了 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>The evidence server refused access (HTTP %1): the sign-in token or password is not accepted.</source>
        <translation>佐证材料服务器拒绝访问（HTTP %1）：登录令牌或密码无效。</translation>
    </message>
    <message>
        <source>The evidence server does not have this file (HTTP 404).</source>
        <translation>佐证材料服务器上没有此文件（HTTP 404）。</translation>
    </message>
    <message>
        <source>The evidence server refused the request (HTTP %1).</source>
        <translation>佐证材料服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no data for %1 seconds</source>
        <translation>%1 秒内无数据</translation>
    </message>
    <message>
        <source>The evidence server cannot be reached at %1: %2</source>
        <translation>无法连接佐证材料服务器 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The file could not be downloaded after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后仍无法下载文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid SHA-256 in the database; it cannot be fetched.</source>
        <translation>数据库中此文件没有有效的 SHA-256，无法获取。</translation>
    </message>
    <message>
        <source>The photo must be a JPG file; this one is named &quot;%1&quot;.</source>
        <translation>照片必须是 JPG 文件；此文件名为“%1”。</translation>
    </message>
    <message>
        <source>The photo must be 150–300 KB; this one is %1 KB.</source>
        <translation>照片大小须为 150–300 KB；此照片为 %1 KB。</translation>
    </message>
    <message>
        <source>The photo must be named by the ID number (%1.jpg); it is named &quot;%2&quot;.</source>
        <translation>照片须以证件号码命名（%1.jpg）；当前文件名为“%2”。</translation>
    </message>
    <message>
        <source>The photo must be a JPG file; this one is %1 named &quot;%2&quot;.</source>
        <translation>照片必须是 JPG 文件；此文件为 %1，文件名为“%2”。</translation>
    </message>
    <message>
        <source>The photo must be a portrait in 2-inch proportions (35 × 49 mm, width/height 0.71); this one is %1 × %2 pixels (%3).</source>
        <translation>照片须为二寸竖版比例（35 × 49 毫米，宽高比 0.71）；此照片为 %1 × %2 像素（%3）。</translation>
    </message>
    <message>
        <source>The photo cannot be decoded: %1</source>
        <translation>照片无法解码：%1</translation>
    </message>
    <message>
        <source>The photo background must be white; only %1% of the background is near-white.</source>
        <translation>照片须为白色背景；背景中只有 %1% 接近白色。</translation>
    </message>
    <message>
        <source>The file could not be stored in the database: %1</source>
        <translation>无法将文件存入数据库：%1</translation>
    </message>
    <message>
        <source>This evidence store does not accept uploads.</source>
        <translation>此佐证材料存储不接受上传。</translation>
    </message>
    <message>
        <source>No database is set up to record uploads to the evidence server.</source>
        <translation>未设置用于记录上传到佐证材料服务器的数据库。</translation>
    </message>
    <message>
        <source>The file was uploaded but could not be recorded in the database: %1</source>
        <translation>文件已上传，但无法记入数据库：%1</translation>
    </message>
</context>
<context>
    <name>gme::EvidenceFileModel</name>
    <message>
        <source>Empty</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>Not a PDF</source>
        <translation>不是 PDF</translation>
    </message>
    <message>
        <source>Wrong extension</source>
        <translation>扩展名不符</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>有密码</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>图片过大</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Photo not JPG</source>
        <translation>照片非 JPG</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>照片大小</translation>
    </message>
    <message>
        <source>Photo name</source>
        <translation>照片命名</translation>
    </message>
    <message>
        <source>Photo proportions</source>
        <translation>照片比例</translation>
    </message>
    <message>
        <source>Photo background</source>
        <translation>照片背景</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>无法获取</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Required for this registrant but not uploaded.</source>
        <translation>该学员须提交此材料，但尚未上传。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>gme::EvidenceStorage</name>
    <message>
        <source>The evidence server address must start with http:// or https:// and name a host, e.g. https://evidence.example.cn/files.</source>
        <translation>佐证材料服务器地址须以 http:// 或 https:// 开头并包含主机名，例如 https://evidence.example.cn/files。</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>用户名密码认证需要填写用户名。</translation>
    </message>
    <message>
        <source>Access token for the evidence server %1:</source>
        <translation>佐证材料服务器 %1 的访问令牌：</translation>
    </message>
    <message>
        <source>Password of %1 on the evidence server %2:</source>
        <translation>佐证材料服务器 %2 上用户 %1 的密码：</translation>
    </message>
    <message>
        <source>Evidence server</source>
        <translation>佐证材料服务器</translation>
    </message>
    <message>
        <source>It is kept only until gmedesk closes.</source>
        <translation>仅保存在内存中，直到关闭 gmedesk。</translation>
    </message>
</context>
<context>
    <name>gme::EvidenceStorageSection</name>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料存储</translation>
    </message>
    <message>
        <source>In the database (this computer)</source>
        <translation>数据库中（本机）</translation>
    </message>
    <message>
        <source>On an evidence server</source>
        <translation>佐证材料服务器上</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>存放位置：</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Access token (bearer)</source>
        <translation>访问令牌（Bearer）</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>用户名和密码（Basic）</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>缓存文件夹：</translation>
    </message>
    <message>
        <source>The token or password is kept in the system&apos;s secure store.</source>
        <translation>访问令牌或密码保存在系统的安全存储中。</translation>
    </message>
    <message>
        <source>No secure password store is available: the token or password is kept in memory only until gmedesk closes, never written to disk, and asked for again at the next start.</source>
        <translation>本机没有可用的安全密码存储：访问令牌或密码只保存在内存中，直到关闭 gmedesk，绝不写入磁盘；下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>A change of storage applies at the next sign-in.</source>
        <translation>存储设置的更改在下次登录时生效。</translation>
    </message>
    <message>
        <source>not set for this session</source>
        <translation>本次会话尚未设置</translation>
    </message>
    <message>
        <source>set for this session (type to replace)</source>
        <translation>本次会话已设置（输入可替换）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Cache folder for evidence files</source>
        <translation>佐证材料缓存文件夹</translation>
    </message>
</context>
<context>
    <name>gme::EvidenceUpload</name>
    <message>
        <source>The registration cannot be read: %1</source>
        <translation>无法读取报名记录：%1</translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation>该报名记录已不存在。</translation>
    </message>
    <message>
        <source>Only the base that owns this registration can upload its evidence.</source>
        <translation>只有该报名所属的培训基地可以上传其佐证材料。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file is %1; at most %2 are accepted.</source>
        <translation>文件大小为 %1；最大允许 %2。</translation>
    </message>
    <message>
        <source>The file grew while it was read.</source>
        <translation>读取过程中文件大小发生了变化。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was not stored: %2</source>
        <translation>文件“%1”未能保存：%2</translation>
    </message>
    <message>
        <source>The PDF is password-protected; upload a copy without a password.</source>
        <translation>PDF 受密码保护；请上传无密码的副本。</translation>
    </message>
    <message>
        <source>The PDF cannot be opened: it is damaged or has no pages.</source>
        <translation>PDF 无法打开：文件已损坏或没有页面。</translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 are accepted. Upload only the pages needed.</source>
        <translation>PDF 共 %1 页，最多允许 %2 页。请只上传需要的页面。</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>图片无法解码：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of evidence a base uploads.</source>
        <translation>“%1”不是培训基地可上传的佐证材料类型。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be uploaded:</source>
        <translation>文件“%1”不能上传：</translation>
    </message>
</context>
<context>
    <name>gme::EvidenceViewer</name>
    <message>
        <source>Select a registrant to see the uploaded evidence.</source>
        <translation>请选择一名学员以查看其上传的佐证材料。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Show or hide the page list</source>
        <translation>显示或隐藏页面列表</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>按页面宽度显示</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>显示整页</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right (for sideways scans)</source>
        <translation>向右旋转（用于横向扫描件）</translation>
    </message>
    <message>
        <source>This registrant has uploaded no evidence.</source>
        <translation>该学员未上传任何佐证材料。</translation>
    </message>
    <message>
        <source>No evidence storage is configured.</source>
        <translation>未配置佐证材料存储。</translation>
    </message>
    <message>
        <source>Loading %1… %2%</source>
        <translation>正在加载 %1… %2%</translation>
    </message>
    <message>
        <source>%1: required for this registrant but not uploaded.</source>
        <translation>%1：该学员须提交此材料，但尚未上传。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1

The PDF has no pages.</source>
        <translation>%1

此 PDF 没有页面。</translation>
    </message>
    <message>
        <source>This PDF is password-protected and cannot be opened. Ask the trainee to upload a copy without a password.</source>
        <translation>此 PDF 设有密码，无法打开。请学员上传无密码的版本。</translation>
    </message>
    <message>
        <source>This PDF is truncated and cannot be opened: the upload was cut short. Ask the trainee to upload it again.</source>
        <translation>此 PDF 不完整，无法打开：上传中断。请学员重新上传。</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened.</source>
        <translation>此 PDF 已损坏，无法打开。</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>图片无法解码：%1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>gme::ExtendWindowDialog</name>
    <message>
        <source>Extend a window — %1</source>
        <translation>延长截止时间 — %1</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Current window:</source>
        <translation>当前开放时间：</translation>
    </message>
    <message>
        <source>&amp;New closing time:</source>
        <translation>新截止时间(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>gme::FirstRun</name>
    <message>
        <source>Creating the demo province…</source>
        <translation>正在创建演示省份…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo province</source>
        <translation>演示省份</translation>
    </message>
    <message>
        <source>The demo province could not be created: %1</source>
        <translation>无法创建演示省份：%1</translation>
    </message>
</context>
<context>
    <name>gme::FlowPane</name>
    <message>
        <source>Search name or ID number</source>
        <translation>搜索姓名或证件号码</translation>
    </message>
    <message>
        <source>Show decided items too</source>
        <translation>同时显示已处理的记录</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>加入 →</translation>
    </message>
    <message>
        <source>Add all shown →</source>
        <translation>全部加入 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移出</translation>
    </message>
    <message>
        <source>← Remove all</source>
        <translation>← 全部移出</translation>
    </message>
    <message>
        <source>Pending batch (one action applies to all of it)</source>
        <translation>待处理栏（一次操作作用于其中全部记录）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>%1 waiting, %2 in the pending batch</source>
        <translation>待办 %1 条，待处理栏 %2 条</translation>
    </message>
    <message>
        <source>The pending batch is empty. Move rows into it first.</source>
        <translation>待处理栏为空，请先加入记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) done</source>
        <translation>
            <numerusform>%1：已处理 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>not visible to you</source>
        <translation>您无权查看</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何修改。</translation>
    </message>
    <message>
        <source>
… and %1 more</source>
        <translation>
……另有 %1 条</translation>
    </message>
    <message>
        <source>Refused: nothing was changed</source>
        <translation>操作被拒绝：未做任何修改</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4 → %5 %6</source>
        <translation>%1  %2  %3：%4 → %5 %6</translation>
    </message>
    <message>
        <source>History of %1: </source>
        <translation>%1 的处理记录：</translation>
    </message>
</context>
<context>
    <name>gme::FlowPrompts</name>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
</context>
<context>
    <name>gme::FlowTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gme::Format</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>gme::FunnelChartView</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>%1 — %2: %L3 of %L4
Click to open the review queue for %1</source>
        <translation>%1 — %2：%L3 / %L4
单击打开%1的审核列表</translation>
    </message>
</context>
<context>
    <name>gme::HistoryPage</name>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Batch action</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>无法加载审核记录：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>全部流程</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>流程：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Search a name or ID number</source>
        <translation>搜索姓名或证件号码</translation>
    </message>
    <message>
        <source>Load the newest decisions again (F5)</source>
        <translation>重新加载最新的审核记录（F5）</translation>
    </message>
    <message>
        <source>Filter the loaded rows by name, ID number, reviewer or reason</source>
        <translation>在已加载的记录中按姓名、证件号码、审核人或理由筛选</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Showing %1 of %2 loaded</source>
        <translation>显示已加载的 %2 条中的 %1 条</translation>
    </message>
    <message>
        <source>%1; older decisions follow</source>
        <translation>%1；还有更早的记录</translation>
    </message>
    <message>
        <source>Include other organisations&apos; decisions</source>
        <translation>包括其他单位的审核</translation>
    </message>
    <message>
        <source>Also list what others decided on your organisation&apos;s items: a higher authority&apos;s reviews, the bases&apos; own steps, trainees&apos; submissions</source>
        <translation>同时列出他人对本单位事项作出的审核：上级部门的审核、基地的操作、学员的提交</translation>
    </message>
</context>
<context>
    <name>gme::IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>The ID number was turned into a number by Excel and its digits are lost; format the column as text and type it again.</source>
        <translation>证件号码已被 Excel 转换为数值，部分数字已丢失；请将该列设置为“文本”格式后重新录入。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; use the 18-digit number.</source>
        <translation>这是旧的 15 位身份证号码，请使用 18 位号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation>居民身份证号码应为 18 位。</translation>
    </message>
    <message>
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation>居民身份证号码应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is impossible.</source>
        <translation>证件号码中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong.</source>
        <translation>证件号码的校验码错误。</translation>
    </message>
</context>
<context>
    <name>gme::ImportFilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls) or CSV (UTF-8 or GB18030) files as offices send them. Title and unit lines above the header are fine.</source>
        <translation>可直接使用各单位报送的 Excel（.xlsx、.xls）或 CSV（UTF-8 或 GB18030 编码）文件，表头上方有标题行、填报单位行也可以。</translation>
    </message>
    <message>
        <source>Path of the roster file</source>
        <translation>名册文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>名册 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>gme::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>核对列对应</translation>
    </message>
    <message>
        <source>Check which column of the file holds each field. Name, ID number, specialty and person type are required.</source>
        <translation>请核对每个字段对应文件中的哪一列。姓名、证件号码、培训专业和人员类型为必填项。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <source>No header row was recognised; pick it and match the columns by hand.</source>
        <translation>未识别出表头行，请手动选择表头行并对应各列。</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>请选择“%1”所在的列。</translation>
    </message>
</context>
<context>
    <name>gme::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save problem &amp;report…</source>
        <translation>保存问题清单(&amp;R)…</translation>
    </message>
    <message>
        <source>Import the valid rows, skip the rows with problems</source>
        <translation>导入无误的行，跳过有问题的行</translation>
    </message>
    <message>
        <source>Import nothing unless every row is valid</source>
        <translation>只有全部行无误时才导入</translation>
    </message>
    <message>
        <source>Register for &amp;exam batch:</source>
        <translation>报名考试批次(&amp;E)：</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checking was cancelled. Go back and try again.</source>
        <translation>检查已取消，请返回上一步重试。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 valid, %3 with problems.</source>
        <translation>共读取 %1 行：%2 行无误，%3 行有问题。</translation>
    </message>
    <message>
        <source>Do not register (trainee records only)</source>
        <translation>不报名（仅导入学员信息）</translation>
    </message>
    <message>
        <source>Loading exam batches…</source>
        <translation>正在加载考试批次…</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>-problems.xlsx</source>
        <translation>-问题清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 new trainees, %2 updated, %3 unchanged; %4 new registrations.</source>
        <translation>新增学员 %1 人，更新 %2 人，未变化 %3 人；新增报名 %4 条。</translation>
    </message>
</context>
<context>
    <name>gme::ImportWizard</name>
    <message>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
</context>
<context>
    <name>gme::LegacyXls</name>
    <message>
        <source>%1 is an old Excel 97–2003 file. Save it as .xlsx in Excel or WPS, or install LibreOffice so gmedesk can convert it.</source>
        <translation>%1 是旧版 Excel 97–2003 文件。请在 Excel 或 WPS 中另存为 .xlsx，或安装 LibreOffice 以便住培审核台自动转换。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to convert %1.</source>
        <translation>无法创建用于转换 %1 的临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation>无法复制 %1 以进行转换。</translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting %1.</source>
        <translation>LibreOffice 未能完成 %1 的转换。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice 无法转换 %1：%2</translation>
    </message>
</context>
<context>
    <name>gme::LoginDialog</name>
    <message>
        <source>Sign in — gmedesk</source>
        <translation>登录 — 住培审核台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resident training review desk&lt;/b&gt;</source>
        <translation>&lt;b&gt;住院医师规范化培训审核台&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>服务器…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>gme::MainWindow</name>
    <message>
        <source>gmedesk — %1 (%2, %3)</source>
        <translation>住培审核台 — %1（%2，%3）</translation>
    </message>
    <message>
        <source>Exam batches</source>
        <translation>考试批次</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核列表</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About gmedesk</source>
        <translation>关于住培审核台(&amp;A)</translation>
    </message>
    <message>
        <source>About gmedesk</source>
        <translation>关于住培审核台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gmedesk %1&lt;/h3&gt;&lt;p&gt;Review desk for resident-training administrators: completion-exam registration reviewed by base, city and province.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;住培审核台 gmedesk %1&lt;/h3&gt;&lt;p&gt;供住院医师规范化培训管理人员使用的审核工具：结业考核报名经培训基地审核、属地复审、省级终审。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计概览</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入名册(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation>导出名册(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;decisions…</source>
        <translation>导入审核结果(&amp;D)…</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>招录</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>信息变更申请</translation>
    </message>
    <message>
        <source>Training years</source>
        <translation>培训年限</translation>
    </message>
    <message>
        <source>Reduction review</source>
        <translation>减免审核</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>师资</translation>
    </message>
    <message>
        <source>Teacher assignment</source>
        <translation>分配带教老师</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The exam batches are shown read-only.</source>
        <translation>考核批次仅供查看。</translation>
    </message>
</context>
<context>
    <name>gme::ManifestDialog</name>
    <message>
        <source>(not visible to you)</source>
        <translation>（无权查看）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 rows will be passed</source>
        <translation>%1 行将审核通过</translation>
    </message>
    <message>
        <source>%1 rows will be rejected</source>
        <translation>%1 行将审核不通过</translation>
    </message>
    <message>
        <source>%1 rows will be returned for revision</source>
        <translation>%1 行将退回修改</translation>
    </message>
    <message>
        <source>%1 rows will take this action</source>
        <translation>%1 行将执行此操作</translation>
    </message>
    <message>
        <source>Check before applying: %1</source>
        <translation>执行前核对：%1</translation>
    </message>
    <message>
        <source>%1 rows cannot take this action; remove them from the pending batch to continue.</source>
        <translation>%1 行无法执行此操作，请将其移出待处理栏后继续。</translation>
    </message>
    <message>
        <source>Remove problem rows</source>
        <translation>移出有问题的行</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>执行</translation>
    </message>
</context>
<context>
    <name>gme::NewUserDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>单位代码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>The login name starts with a lower-case letter, then letters, digits, - or _.</source>
        <translation>登录名须以小写字母开头，其后为字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>Enter the code of the user&apos;s organisation.</source>
        <translation>请输入用户所属单位的代码。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Department heads only, e.g. 内科</source>
        <translation>仅科室主任填写，例如 内科</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>科室(&amp;E)：</translation>
    </message>
    <message>
        <source>Enter the department the department head runs.</source>
        <translation>请输入科室主任所负责的科室。</translation>
    </message>
</context>
<context>
    <name>gme::PdfPageListModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>gme::QueueFilterBar</name>
    <message>
        <source>Name or ID number</source>
        <translation>姓名或证件号码</translation>
    </message>
    <message>
        <source>Filter the queue by part of a name or ID number (Ctrl+F)</source>
        <translation>按姓名或证件号码的部分内容筛选列表（Ctrl+F）</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>培训专业</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>全部专业</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>All bases</source>
        <translation>全部基地</translation>
    </message>
    <message>
        <source>City or school authority</source>
        <translation>地市或院校主管部门</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部地市</translation>
    </message>
    <message>
        <source>Person type</source>
        <translation>人员类型</translation>
    </message>
    <message>
        <source>All person types</source>
        <translation>全部人员类型</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部培训类别</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 条 / 共 %2 条</translation>
    </message>
    <message>
        <source>Required evidence</source>
        <translation>必传材料</translation>
    </message>
    <message>
        <source>All evidence</source>
        <translation>材料不限</translation>
    </message>
    <message>
        <source>Evidence complete</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation>材料缺失</translation>
    </message>
    <message>
        <source>Rows with every required file uploaded</source>
        <translation>必传材料均已上传的记录</translation>
    </message>
    <message>
        <source>Rows where at least one required file is missing</source>
        <translation>至少缺少一项必传材料的记录</translation>
    </message>
</context>
<context>
    <name>gme::QueueLoader</name>
    <message>
        <source>The connection broke while the queue was being read.</source>
        <translation>读取队列时与服务器的连接中断。</translation>
    </message>
</context>
<context>
    <name>gme::QueueTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>补考</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>培训专业</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>City / authority</source>
        <translation>地市/主管部门</translation>
    </message>
    <message>
        <source>Person type</source>
        <translation>人员类型</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Required evidence not uploaded: %1</source>
        <translation>未上传的必传材料：%1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>gme::ReasonDialog</name>
    <message>
        <source>Reject: reason</source>
        <translation>审核不通过：理由</translation>
    </message>
    <message>
        <source>Return for revision: reason</source>
        <translation>退回修改：理由</translation>
    </message>
    <message>
        <source>Why are these registrations rejected? The reason is recorded with every row.</source>
        <translation>这些报名为什么审核不通过？理由将记录到每一条报名中。</translation>
    </message>
    <message>
        <source>What must be revised? The reason is recorded with every row and passed on to the trainee.</source>
        <translation>需要修改哪些内容？理由将记录到每一条报名中，并告知学员。</translation>
    </message>
    <message>
        <source>Type a reason or pick one below</source>
        <translation>请输入理由，或从下方选择</translation>
    </message>
    <message>
        <source>Reason &amp;templates (click to copy, double-click to use):</source>
        <translation>常用理由(&amp;T)（单击复制到上方，双击直接使用）：</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>保存为常用理由</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>审核不通过…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回修改…</translation>
    </message>
</context>
<context>
    <name>gme::Recruitment</name>
    <message>
        <source>At most %1 results go in one send; send the selection in groups</source>
        <translation>每次发送录取结果最多 %1 人，请分组发送</translation>
    </message>
    <message>
        <source>Locked: the result was sent more than %1 hours ago (locked at %2)</source>
        <translation>已锁定：录取结果发送已超过 %1 小时（%2 锁定）</translation>
    </message>
    <message>
        <source>The base may still change this result until %1; the trainee answers after that</source>
        <translation>基地在 %1 前仍可修改该录取结果，之后方由学员确认</translation>
    </message>
    <message>
        <source>The plan for this specialty is full (%1 places)</source>
        <translation>该专业招生计划已满（%1 个名额）</translation>
    </message>
    <message>
        <source>Only a base or the provincial office can enter applications</source>
        <translation>只有培训基地或省级管理部门可以录入志愿</translation>
    </message>
    <message>
        <source>A base enters applications to itself only</source>
        <translation>培训基地只能录入报考本基地的志愿</translation>
    </message>
    <message>
        <source>The name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>The ID number is missing</source>
        <translation>缺少证件号码</translation>
    </message>
    <message>
        <source>The gender must be male or female</source>
        <translation>性别须为男或女</translation>
    </message>
    <message>
        <source>Unknown person type: %1</source>
        <translation>未知的人员类型：%1</translation>
    </message>
    <message>
        <source>An application names one to three specialties</source>
        <translation>每份志愿须填报 1 至 3 个专业</translation>
    </message>
    <message>
        <source>The same specialty is chosen twice</source>
        <translation>同一专业不能重复填报</translation>
    </message>
    <message>
        <source>Unknown recruitment round or base</source>
        <translation>招收批次或培训基地不存在</translation>
    </message>
    <message>
        <source>This recruitment round is closed</source>
        <translation>该招收批次已关闭</translation>
    </message>
    <message>
        <source>This base does not train the round&apos;s track</source>
        <translation>该基地不承担本批次的培训类别</translation>
    </message>
    <message>
        <source>Specialty %1 is not offered on this track</source>
        <translation>本培训类别没有专业 %1</translation>
    </message>
    <message>
        <source>This person already applied in this round (one base per round)</source>
        <translation>此人在本批次已填报志愿（每批次只能报一个基地）</translation>
    </message>
    <message>
        <source>Only the base changes an admitted specialty</source>
        <translation>只有培训基地可以修改录取专业</translation>
    </message>
    <message>
        <source>Not found or not in your scope</source>
        <translation>不存在或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>Changed by someone else since you loaded it; reload and check again</source>
        <translation>加载后已被他人修改，请刷新后重新核对</translation>
    </message>
    <message>
        <source>The specialty can be changed only before the result is sent (withdraw a sent result first)</source>
        <translation>只能在发送录取结果前修改专业（已发送的请先撤回）</translation>
    </message>
    <message>
        <source>The applicant did not choose this specialty and does not obey adjustment</source>
        <translation>该考生未填报此专业且不服从调剂</translation>
    </message>
    <message>
        <source>This base has no plan for that specialty</source>
        <translation>本基地没有该专业的招生计划</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>招录</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Person type</source>
        <translation>人员类型</translation>
    </message>
    <message>
        <source>Specialty choices</source>
        <translation>志愿专业</translation>
    </message>
    <message>
        <source>Obeys adjustment</source>
        <translation>服从调剂</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Admitted to</source>
        <translation>录取专业</translation>
    </message>
    <message>
        <source>Result sent at</source>
        <translation>录取结果发送时间</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>招收批次</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已填报志愿</translation>
    </message>
    <message>
        <source>Pre-admitted</source>
        <translation>预录取</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>不录取</translation>
    </message>
    <message>
        <source>Admitted, not sent</source>
        <translation>已录取（未发送）</translation>
    </message>
    <message>
        <source>Result sent</source>
        <translation>已发送录取结果</translation>
    </message>
    <message>
        <source>Accepted by trainee</source>
        <translation>学员已接受</translation>
    </message>
    <message>
        <source>Declined by trainee</source>
        <translation>学员未接受</translation>
    </message>
    <message>
        <source>Confirmed by authority</source>
        <translation>主管部门已确认</translation>
    </message>
    <message>
        <source>Refused by authority</source>
        <translation>主管部门不予确认</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报到</translation>
    </message>
    <message>
        <source>Pre-admit</source>
        <translation>预录取</translation>
    </message>
    <message>
        <source>Do not admit</source>
        <translation>不录取</translation>
    </message>
    <message>
        <source>Cancel pre-admission</source>
        <translation>取消预录取</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>基地录取</translation>
    </message>
    <message>
        <source>Send admission result</source>
        <translation>发送录取结果</translation>
    </message>
    <message>
        <source>Cancel admission</source>
        <translation>取消录取</translation>
    </message>
    <message>
        <source>Withdraw to change</source>
        <translation>撤回修改</translation>
    </message>
    <message>
        <source>Record acceptance</source>
        <translation>登记学员接受</translation>
    </message>
    <message>
        <source>Record refusal by trainee</source>
        <translation>登记学员不接受</translation>
    </message>
    <message>
        <source>Confirm admission</source>
        <translation>录取结果确认</translation>
    </message>
    <message>
        <source>Refuse admission</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Change admitted specialty</source>
        <translation>修改录取专业</translation>
    </message>
</context>
<context>
    <name>gme::RecruitmentPage</name>
    <message>
        <source>Change window</source>
        <translation>修改时限</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新增志愿…</translation>
    </message>
    <message>
        <source>Admitted specialty…</source>
        <translation>录取专业…</translation>
    </message>
    <message>
        <source>Admit the selected applicant to another of their choices (or any planned specialty when they obey adjustment), before the result is sent</source>
        <translation>在发送录取结果前，将所选考生改录到其其他志愿专业（服从调剂的可改录到任一有计划的专业）</translation>
    </message>
    <message>
        <source>Export report-in…</source>
        <translation>导出报到名单…</translation>
    </message>
    <message>
        <source>Locked; the trainee answers</source>
        <translation>已锁定，待学员确认</translation>
    </message>
    <message>
        <source>Open, %1 h %2 min left</source>
        <translation>可修改，剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>Group %1: rows %2–%3 (%4)</source>
        <translation>第 %1 组：第 %2–%3 条（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) will be sent in %1 group(s) of at most %2:</source>
        <translation>
            <numerusform>%n 条录取结果将分 %1 组发送，每组最多 %2 条：</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1 hours after sending you may cancel or change a result (and must send it again); after that it is locked and the trainee answers.</source>
        <translation>发送录取结果后 %1 小时内，可取消或修改录取结果（修改后须重新发送）；之后录取结果锁定，由学员确认。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n result(s) in %1 group(s)</source>
        <translation>
            <numerusform>已分 %1 组发送 %n 条录取结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an applicant first</source>
        <translation>请先选择考生</translation>
    </message>
    <message>
        <source>Admitted specialty of %1 changed</source>
        <translation>已修改 %1 的录取专业</translation>
    </message>
    <message>
        <source>Admitted specialty</source>
        <translation>录取专业</translation>
    </message>
    <message>
        <source>Admit %1 to:</source>
        <translation>将 %1 录取到：</translation>
    </message>
    <message>
        <source>Export report-in</source>
        <translation>导出报到名单</translation>
    </message>
    <message>
        <source>report-in.xlsx</source>
        <translation>学员报到.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4</source>
        <translation>%1 %2 %3/%4</translation>
    </message>
    <message>
        <source>Plan used: %1</source>
        <translation>计划使用：%1</translation>
    </message>
    <message>
        <source>Application of %1 entered</source>
        <translation>已录入 %1 的志愿</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新增志愿</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>导入学员确认结果…</translation>
    </message>
    <message>
        <source>Record the trainees&apos; answers (接受 / 放弃) from a sheet</source>
        <translation>从表格导入学员是否接受录取（接受 / 放弃）</translation>
    </message>
</context>
<context>
    <name>gme::ReductionPane</name>
    <message>
        <source>Resubmit returned request…</source>
        <translation>重新提交退回的申请…</translation>
    </message>
    <message>
        <source>New PDF proof (Cancel keeps the current one)</source>
        <translation>新的 PDF 证明材料（取消则保留原材料）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Resubmit returned request</source>
        <translation>重新提交退回的申请</translation>
    </message>
    <message>
        <source>Select a returned request first.</source>
        <translation>请先选择一条已退回的申请。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>gme::ReductionRequestDialog</name>
    <message>
        <source>Request a training-years reduction</source>
        <translation>申请培训年限减免</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>Current years:</source>
        <translation>现培训年限：</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Reduce to:</source>
        <translation>减免后年限：</translation>
    </message>
    <message>
        <source>Why the trainee needs fewer years (e.g. training already completed elsewhere)</source>
        <translation>减免理由（如已在其他基地完成部分培训）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>PDF proof (减免佐证材料)</source>
        <translation>PDF 证明材料（减免佐证材料）</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <source>Proof:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Choose the PDF proof</source>
        <translation>选择 PDF 证明材料</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Choose the PDF proof first.</source>
        <translation>请先选择 PDF 证明材料。</translation>
    </message>
    <message>
        <source>Filing the request…</source>
        <translation>正在提交申请…</translation>
    </message>
    <message>
        <source>The request could not be filed: %1</source>
        <translation>申请未能提交：%1</translation>
    </message>
</context>
<context>
    <name>gme::Review</name>
    <message>
        <source>Not found or not in your scope</source>
        <translation>记录不存在或不在您的管辖范围内</translation>
    </message>
    <message>
        <source>Its current state does not allow this action</source>
        <translation>当前状态不允许此操作</translation>
    </message>
    <message>
        <source>The review window for this stage is not open</source>
        <translation>当前不在本阶段的审核时间内</translation>
    </message>
    <message>
        <source>Changed by someone else since you loaded it; reload and check again</source>
        <translation>加载后已被他人修改，请刷新后重新核对</translation>
    </message>
    <message>
        <source>Already reviewed; a registration can only be cancelled before any review</source>
        <translation>已有审核记录；报名只能在审核前取消</translation>
    </message>
    <message>
        <source>Listed more than once in this batch</source>
        <translation>在本次批量操作中重复出现</translation>
    </message>
    <message>
        <source>The pending batch is empty</source>
        <translation>待处理栏为空</translation>
    </message>
    <message>
        <source>This action needs a reason</source>
        <translation>此操作须填写理由</translation>
    </message>
    <message>
        <source>Your role cannot take this action</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <source>Only the provincial office can change stage windows</source>
        <translation>只有省级管理部门可以修改各阶段的开放时间</translation>
    </message>
    <message>
        <source>This exam batch has no window for that stage</source>
        <translation>该考试批次未设置此阶段的开放时间</translation>
    </message>
    <message>
        <source>The new closing time must be later than the current one (%1)</source>
        <translation>新截止时间必须晚于当前截止时间（%1）</translation>
    </message>
    <message>
        <source>Breaks a rule of this workflow</source>
        <translation>不符合本流程的规则</translation>
    </message>
    <message>
        <source>Completion-exam registration</source>
        <translation>结业考核报名</translation>
    </message>
</context>
<context>
    <name>gme::ReviewPane</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the queue again from the database (%1)</source>
        <translation>从数据库重新加载审核列表（%1）</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>无法加载审核列表：%1</translation>
    </message>
    <message>
        <source>%1 rows were dropped from the pending batch because they are no longer waiting in this queue.</source>
        <translation>%1 行已不在本审核列表中待审核，已从待处理栏移除。</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>待处理栏：%1</translation>
    </message>
    <message>
        <source>The pending batch could not be saved: %1</source>
        <translation>无法保存待处理栏：%1</translation>
    </message>
    <message>
        <source>The details could not be loaded: %1</source>
        <translation>无法加载详细信息：%1</translation>
    </message>
    <message>
        <source>Add to batch →</source>
        <translation>加入待处理栏 →</translation>
    </message>
    <message>
        <source>Move the selected registrations into the pending batch (%1, Enter, double-click)</source>
        <translation>将选中的报名移入待处理栏（%1、Enter 或双击）</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移出</translation>
    </message>
    <message>
        <source>Move the selected pending registrations back to the queue (%1, Delete, double-click)</source>
        <translation>将待处理栏中选中的报名移回审核列表（%1、Delete 或双击）</translation>
    </message>
    <message>
        <source>Add all shown</source>
        <translation>全部加入</translation>
    </message>
    <message>
        <source>Move every registration the filter shows into the pending batch</source>
        <translation>将当前筛选显示的全部报名移入待处理栏</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>全部移出</translation>
    </message>
    <message>
        <source>Move the whole pending batch back to the queue</source>
        <translation>将待处理栏中的全部报名移回审核列表</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Pass every registration in the pending batch</source>
        <translation>待处理栏中的全部报名审核通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>审核不通过…</translation>
    </message>
    <message>
        <source>Reject every registration in the pending batch; a reason is required</source>
        <translation>待处理栏中的全部报名审核不通过（须填写理由）</translation>
    </message>
    <message>
        <source>Return for revision…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <source>Return every registration in the pending batch to the trainee for revision; a reason is required</source>
        <translation>将待处理栏中的全部报名退回学员修改（须填写理由）</translation>
    </message>
    <message numerus="yes">
        <source>Write the %n row(s) shown in the queue, in the order shown, to an Excel file</source>
        <translation>
            <numerusform>将列表中显示的 %n 行按当前顺序写入 Excel 文件</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence could not be loaded: %1</source>
        <translation>无法加载佐证材料：%1</translation>
    </message>
    <message>
        <source>queue-%1.xlsx</source>
        <translation>审核列表-%1.xlsx</translation>
    </message>
    <message>
        <source>Export shown rows</source>
        <translation>导出显示的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>正在导出 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be exported: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export shown rows (%1)…</source>
        <translation>导出显示的行（%1）…</translation>
    </message>
    <message>
        <source>Upload evidence…</source>
        <translation>上传佐证材料…</translation>
    </message>
    <message>
        <source>Upload a file for the current registration on the trainee&apos;s behalf</source>
        <translation>代学员为当前报名上传文件</translation>
    </message>
    <message>
        <source>The connection to the server is lost; reconnecting… The pending batch is kept.</source>
        <translation>与服务器的连接已断开，正在重连…待定批次已保留。</translation>
    </message>
</context>
<context>
    <name>gme::RosterExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <source>National submission roster (final-passed)</source>
        <translation>向国家提交的报考名单（终审通过）</translation>
    </message>
    <message>
        <source>Registration summary (报名汇总表)</source>
        <translation>报名汇总表</translation>
    </message>
    <message>
        <source>Returned and rejected, with reasons</source>
        <translation>退回修改及审核不通过名单（含理由）</translation>
    </message>
    <message>
        <source>All registrants (25 columns)</source>
        <translation>全部报名人员（25 列）</translation>
    </message>
    <message>
        <source>Loading exam batches…</source>
        <translation>正在加载考试批次…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>名册(&amp;S)：</translation>
    </message>
    <message>
        <source>Exam &amp;batch:</source>
        <translation>考试批次(&amp;B)：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
</context>
<context>
    <name>gme::RosterImport</name>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n 行有问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1, row %2</source>
        <translation>从 %1 第 %2 行导入</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2021-08-01).</source>
        <translation>“%1”不是有效日期（请按 2021-08-01 的格式填写）。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>Unknown ID document type &quot;%1&quot;.</source>
        <translation>未知的证件类型“%1”。</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>Gender must be 男 or 女, not &quot;%1&quot;.</source>
        <translation>性别须为“男”或“女”，不能为“%1”。</translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation>性别与证件号码不符。</translation>
    </message>
    <message>
        <source>The gender is missing and cannot be read from the ID number.</source>
        <translation>缺少性别，且无法从证件号码中识别。</translation>
    </message>
    <message>
        <source>Unknown person type &quot;%1&quot;.</source>
        <translation>未知的人员类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown specialty &quot;%1&quot;.</source>
        <translation>未知的培训专业“%1”。</translation>
    </message>
    <message>
        <source>Unknown training category &quot;%1&quot;.</source>
        <translation>未知的培训类别“%1”。</translation>
    </message>
    <message>
        <source>The specialty does not belong to this training category.</source>
        <translation>该培训专业不属于此培训类别。</translation>
    </message>
    <message>
        <source>The training base is empty.</source>
        <translation>培训基地为空。</translation>
    </message>
    <message>
        <source>Unknown training base &quot;%1&quot;.</source>
        <translation>未知的培训基地“%1”。</translation>
    </message>
    <message>
        <source>You can import trainees of your own bases only.</source>
        <translation>只能导入本单位所辖培训基地的学员。</translation>
    </message>
    <message>
        <source>The training ends before it starts.</source>
        <translation>培训结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>The same ID number is already on row %1.</source>
        <translation>相同的证件号码已出现在第 %1 行。</translation>
    </message>
    <message>
        <source>Training years must be 1, 2 or 3, not &quot;%1&quot;.</source>
        <translation>培训年限须为 1、2 或 3 年，不能是“%1”。</translation>
    </message>
    <message>
        <source>Training years need the training start date.</source>
        <translation>填写培训年限时须同时填写培训开始时间。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) from %1 end on %2, not %3.</source>
        <translation>
            <numerusform>自 %1 起培训 %n 年应于 %2 结束，而不是 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An applied reduction set %n year(s), %1 to %2; the roster cannot change the training years or dates (%3 to %4).</source>
        <translation>
            <numerusform>已生效的减免将培训年限定为 %n 年（%1 至 %2），名册不能更改培训年限或起止时间（%3 至 %4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is changed only through an approved change request (变更申请); the record says &quot;%2&quot;.</source>
        <translation>%1只能通过经批准的变更申请修改；记录中为“%2”。</translation>
    </message>
    <message>
        <source>%1 is changed only through an approved change request (变更申请); the record says &quot;%2&quot;, the file &quot;%3&quot;.</source>
        <translation>%1只能通过经批准的变更申请修改；记录中为“%2”，文件中为“%3”。</translation>
    </message>
</context>
<context>
    <name>gme::RosterSheets</name>
    <message>
        <source>Only the provincial office exports the national roster.</source>
        <translation>只有省级管理部门可以导出向国家提交的报考名单。</translation>
    </message>
    <message>
        <source>There is no exam batch %1.</source>
        <translation>不存在考试批次 %1。</translation>
    </message>
</context>
<context>
    <name>gme::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A change of language applies the next time gmedesk starts.</source>
        <translation>更改语言将在下次启动住培审核台时生效。</translation>
    </message>
</context>
<context>
    <name>gme::SheetImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save problem report…</source>
        <translation>保存问题报告…</translation>
    </message>
    <message>
        <source>no header row with an ID number column was found.</source>
        <translation>未找到含证件号码列的表头行。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.xls)</source>
        <translation>表格文件 (*.xlsx *.csv *.xls)</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <source>_problems.xlsx</source>
        <translation>_问题.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>gme::SignIn</name>
    <message>
        <source>The server&apos;s database is at schema version %1; this app needs %2. Ask the system administrator to run: gmedesk-cli --db %3 migrate</source>
        <translation>服务器数据库的结构版本为 %1，本程序需要 %2。请系统管理员运行：gmedesk-cli --db %3 migrate</translation>
    </message>
    <message>
        <source>The login %1 is not a gmedesk user on this server.</source>
        <translation>登录名 %1 不是此服务器上的审核台用户。</translation>
    </message>
</context>
<context>
    <name>gme::StageWindowText</name>
    <message>
        <source>%1 window: open until %2</source>
        <translation>%1开放中，%2 截止</translation>
    </message>
    <message>
        <source>%1 window: closed, opens %2</source>
        <translation>%1未开始，%2 开放</translation>
    </message>
    <message>
        <source>%1 window: closed since %2</source>
        <translation>%1已于 %2 截止</translation>
    </message>
    <message>
        <source>%1: &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;</source>
        <translation>%1：&lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No open exam batch has a %1 window: nothing can be decided now.</source>
        <translation>开放中的考试批次均未设置%1时间，当前无法审核。</translation>
    </message>
    <message>
        <source>(%1 closed batches not shown)</source>
        <translation>（另有 %1 个已关闭批次未显示）</translation>
    </message>
</context>
<context>
    <name>gme::TeacherCellDelegate</name>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
</context>
<context>
    <name>gme::TeacherEditDialog</name>
    <message>
        <source>Edit teacher %1</source>
        <translation>编辑师资 %1</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>新增师资</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职称(&amp;T)：</translation>
    </message>
    <message>
        <source>Attending physician &amp;since:</source>
        <translation>取得主治医师时间(&amp;S)：</translation>
    </message>
    <message>
        <source>One per line, e.g. 2024-03-02 主要责任 (main responsibility)</source>
        <translation>每行一条，例如 2024-03-02 主要责任</translation>
    </message>
    <message>
        <source>&amp;Malpractice events:</source>
        <translation>医疗损害事件(&amp;M)：</translation>
    </message>
    <message>
        <source>One per line, e.g. 2023-05-01 严重 (serious)</source>
        <translation>每行一条，例如 2023-05-01 严重</translation>
    </message>
    <message>
        <source>Teaching &amp;incidents:</source>
        <translation>教学事故(&amp;I)：</translation>
    </message>
    <message>
        <source>One year per line, e.g. 2024 合格 or 2024 不合格</source>
        <translation>每年一行，例如 2024 合格 或 2024 不合格</translation>
    </message>
    <message>
        <source>Yearly &amp;evaluations:</source>
        <translation>年度评估(&amp;E)：</translation>
    </message>
    <message>
        <source>The ID number of a recommended or appointed teacher cannot change.</source>
        <translation>已推荐或已聘任师资的证件号码不能修改。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>✓ valid ID number</source>
        <translation>✓ 证件号码有效</translation>
    </message>
</context>
<context>
    <name>gme::TeacherImport</name>
    <message>
        <source>&quot;%1&quot; does not start with a date</source>
        <translation>“%1”没有以日期开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year and a result such as 2023 合格</source>
        <translation>“%1”不是“年份 结果”的格式，例如 2023 合格</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the result must be 合格 or 不合格</source>
        <translation>“%1”：结果必须是 合格 或 不合格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title such as 主治医师</source>
        <translation>“%1”不是有效职称，例如 主治医师</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>The file has no %1 column</source>
        <translation>文件中没有“%1”列</translation>
    </message>
    <message>
        <source>Row %1 already has this ID number</source>
        <translation>第 %1 行已有相同的证件号码</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n 行有问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>gme::TeacherImportDialog</name>
    <message>
        <source>Import teachers from %1</source>
        <translation>从 %1 导入师资</translation>
    </message>
    <message>
        <source>%1 rows read: %2 valid, %3 with problems.</source>
        <translation>共读取 %1 行：%2 行无误，%3 行有问题。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import the valid rows even if others have problems</source>
        <translation>即使其他行有问题，也导入无误的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3。</translation>
    </message>
</context>
<context>
    <name>gme::TeacherPickDialog</name>
    <message>
        <source>Supervising teacher</source>
        <translation>带教老师</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No teacher of this department may supervise.</source>
        <translation>本科室没有可以带教的老师。</translation>
    </message>
</context>
<context>
    <name>gme::Teachers</name>
    <message>
        <source>The department has no teachers</source>
        <translation>该科室没有师资</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No teacher of %1 may supervise (%2)</source>
        <translation>%1 没有可以带教的老师（%2）</translation>
    </message>
    <message>
        <source>works in another department (%1)</source>
        <translation>属于其他科室（%1）</translation>
    </message>
    <message>
        <source>not appointed (%1)</source>
        <translation>未聘任（%1）</translation>
    </message>
    <message>
        <source>unknown teacher</source>
        <translation>未知老师</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not an attending physician (title: %1)</source>
        <translation>不是主治医师（职称：%1）</translation>
    </message>
    <message>
        <source>The date the attending-physician title was obtained is missing</source>
        <translation>缺少取得主治医师职称的日期</translation>
    </message>
    <message>
        <source>Attending physician since %1 (3 years reached on %2)</source>
        <translation>%1 起任主治医师（%2 满3年）</translation>
    </message>
    <message>
        <source>Attending physician only since %1: 3 years are reached on %2</source>
        <translation>%1 起任主治医师，%2 才满3年</translation>
    </message>
    <message>
        <source>Malpractice with main responsibility on %1 (counts until %2)</source>
        <translation>%1 发生承担主要责任的医疗损害事件（计至 %2）</translation>
    </message>
    <message>
        <source>No main-responsibility malpractice in the last 3 years</source>
        <translation>近3年无承担主要责任的医疗损害事件</translation>
    </message>
    <message>
        <source>Serious teaching incident on %1 (counts until %2)</source>
        <translation>%1 发生严重教学事故（计至 %2）</translation>
    </message>
    <message>
        <source>No serious teaching incident in the last 3 years</source>
        <translation>近3年无重大或严重教学事故</translation>
    </message>
    <message>
        <source>Failed the yearly evaluation two years running (%1 and %2)</source>
        <translation>连续2年带教质量评估不合格（%1 年和 %2 年）</translation>
    </message>
    <message>
        <source>No failing yearly evaluation</source>
        <translation>带教质量评估无不合格</translation>
    </message>
    <message>
        <source>No two failing yearly evaluations running</source>
        <translation>无连续2年带教质量评估不合格</translation>
    </message>
    <message>
        <source>Attending 3+ years</source>
        <translation>主治满3年</translation>
    </message>
    <message>
        <source>No malpractice</source>
        <translation>无医疗损害</translation>
    </message>
    <message>
        <source>No teaching incident</source>
        <translation>无教学事故</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>带教评估</translation>
    </message>
    <message>
        <source>Resident physician</source>
        <translation>住院医师</translation>
    </message>
    <message>
        <source>Attending physician</source>
        <translation>主治医师</translation>
    </message>
    <message>
        <source>Associate chief physician</source>
        <translation>副主任医师</translation>
    </message>
    <message>
        <source>Chief physician</source>
        <translation>主任医师</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>已聘任</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已解聘</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Appoint</source>
        <translation>聘任</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>解聘</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>重新审核</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>This rotation is not one of your base&apos;s</source>
        <translation>该轮转记录不属于本基地</translation>
    </message>
    <message>
        <source>This teacher is not one of your base&apos;s</source>
        <translation>该老师不属于本基地</translation>
    </message>
    <message>
        <source>%1 may not supervise this trainee: %2</source>
        <translation>%1 不能带教该学员：%2</translation>
    </message>
    <message>
        <source>Teacher %1</source>
        <translation>老师 %1</translation>
    </message>
    <message>
        <source>%1 does not meet the conditions for teachers: %2</source>
        <translation>%1 不符合师资准入条件：%2</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>师资</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Attending since</source>
        <translation>取得主治医师时间</translation>
    </message>
    <message>
        <source>Only a base or its department heads assign supervising teachers to its trainees</source>
        <translation>只有培训基地或其科室主任可以为学员分配带教老师</translation>
    </message>
    <message>
        <source>This rotation is in another department</source>
        <translation>该轮转记录属于其他科室</translation>
    </message>
    <message>
        <source>This rotation has no teacher, or is not one of yours</source>
        <translation>该轮转记录没有带教老师，或不在您的管理范围内</translation>
    </message>
    <message>
        <source>Only a base enters its teachers</source>
        <translation>只有培训基地可以录入本基地师资</translation>
    </message>
    <message>
        <source>A teacher with the ID number %1 is already registered; edit that teacher instead</source>
        <translation>证件号码为 %1 的师资已存在，请改为编辑该师资</translation>
    </message>
    <message>
        <source>The ID number %1 belongs to a teacher of another base</source>
        <translation>证件号码 %1 已属于其他基地的师资</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload and edit again</source>
        <translation>%1 已被他人修改，请刷新后重新编辑</translation>
    </message>
    <message>
        <source>Another teacher of the base has the ID number %1</source>
        <translation>本基地另一位师资已使用证件号码 %1</translation>
    </message>
    <message>
        <source>%1 is already %2: the ID number cannot change. A different person registers as a new teacher.</source>
        <translation>%1 当前状态为“%2”，证件号码不能修改。如为另一人，请作为新师资登记。</translation>
    </message>
    <message>
        <source>%1 is %2 but no longer meets the conditions:
%3
Their assignments are flagged; the next automatic assignment releases them.</source>
        <translation>%1 当前状态为“%2”，但已不再符合准入条件：
%3
其带教分配已标记，下次自动分配时将被释放。</translation>
    </message>
    <message>
        <source>%1 moved to %2: their assignments in %3 are flagged.</source>
        <translation>%1 已调至%2：其在%3的带教分配已标记。</translation>
    </message>
    <message>
        <source>The department %1 could not be added</source>
        <translation>无法添加科室 %1</translation>
    </message>
    <message>
        <source>The name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>The name is longer than 50 characters</source>
        <translation>姓名超过 50 个字符</translation>
    </message>
    <message>
        <source>The department is empty</source>
        <translation>科室为空</translation>
    </message>
    <message>
        <source>A resident physician has no date of the attending title</source>
        <translation>住院医师不应填写取得主治医师时间</translation>
    </message>
    <message>
        <source>Give the date the attending-physician title was obtained</source>
        <translation>请填写取得主治医师职称的时间</translation>
    </message>
    <message>
        <source>The date of the attending title is in the future</source>
        <translation>取得主治医师时间晚于今天</translation>
    </message>
    <message>
        <source>A malpractice record needs a date that is not in the future</source>
        <translation>医疗损害事件需填写不晚于今天的日期</translation>
    </message>
    <message>
        <source>A teaching incident needs a date that is not in the future</source>
        <translation>教学事故需填写不晚于今天的日期</translation>
    </message>
    <message>
        <source>The evaluation year %1 is not between %2 and this year</source>
        <translation>评估年份 %1 不在 %2 年至今年之间</translation>
    </message>
    <message>
        <source>The year %1 is evaluated twice</source>
        <translation>%1 年的评估重复</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Malpractice</source>
        <translation>医疗损害事件</translation>
    </message>
    <message>
        <source>Teaching incidents</source>
        <translation>教学事故</translation>
    </message>
    <message>
        <source>Yearly evaluations</source>
        <translation>年度评估</translation>
    </message>
</context>
<context>
    <name>gme::TeachersPage</name>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Attending since</source>
        <translation>取得主治医师时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合准入</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The teachers could not be loaded: %1</source>
        <translation>无法读取师资信息：%1</translation>
    </message>
    <message>
        <source>Meets every condition</source>
        <translation>符合全部准入条件</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a teacher to see the records behind the flags.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一位老师，查看准入标志所依据的记录。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n teachers selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已选择 %n 位老师。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>准入条件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Malpractice, main responsibility</source>
        <translation>医疗损害事件，承担主要责任</translation>
    </message>
    <message>
        <source>Malpractice, minor responsibility</source>
        <translation>医疗损害事件，次要责任</translation>
    </message>
    <message>
        <source>Serious teaching incident</source>
        <translation>严重教学事故</translation>
    </message>
    <message>
        <source>Teaching incident</source>
        <translation>一般教学事故</translation>
    </message>
    <message>
        <source>Evaluation %1: passed</source>
        <translation>%1 年带教评估：合格</translation>
    </message>
    <message>
        <source>Evaluation %1: failed</source>
        <translation>%1 年带教评估：不合格</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Nothing was changed:
%1</source>
        <translation>未做任何更改：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n teacher(s).</source>
        <translation>
            <numerusform>%1：%n 位老师。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New teacher…</source>
        <translation>新增师资(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import teachers…</source>
        <translation>导入师资(&amp;I)…</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 has no header row with a name or ID number column and one more teacher column.</source>
        <translation>%1 中没有找到表头行（需有姓名或证件号码列，以及至少一个其他师资列）。</translation>
    </message>
    <message>
        <source>Import teachers</source>
        <translation>导入师资</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>gme::TraineeTimeline</name>
    <message>
        <source>Filing</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Authority decision</source>
        <translation>主管部门决定</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Pre-audit</source>
        <translation>预审</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>录取</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>City confirmation</source>
        <translation>属地确认</translation>
    </message>
    <message>
        <source>Reporting in</source>
        <translation>报到</translation>
    </message>
    <message>
        <source>Teacher review</source>
        <translation>师资审核</translation>
    </message>
</context>
<context>
    <name>gme::TrainingYears</name>
    <message>
        <source>Training-years reductions</source>
        <translation>培训年限减免</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>培训专业</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年限</translation>
    </message>
    <message>
        <source>Training start</source>
        <translation>培训开始时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>减免理由</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Proof size</source>
        <translation>材料大小</translation>
    </message>
    <message>
        <source>Training years of the assistant general practitioner track cannot be reduced.</source>
        <translation>助理全科医生培训不能减免培训年限。</translation>
    </message>
    <message>
        <source>This trainee already has a reduction request; a trainee can ask for a reduction once.</source>
        <translation>该学员已有减免申请；每名学员只能申请一次减免。</translation>
    </message>
    <message>
        <source>Record the trainee&apos;s training years and start date before asking for a reduction.</source>
        <translation>请先填写该学员的培训年限和培训开始时间，再申请减免。</translation>
    </message>
    <message>
        <source>A reduction must leave fewer years than the trainee has now.</source>
        <translation>减免后的年限必须少于现有培训年限。</translation>
    </message>
    <message>
        <source>A reduction leaves one or two years of training.</source>
        <translation>减免后的培训年限只能为一年或两年。</translation>
    </message>
    <message>
        <source>The proof must be a PDF file.</source>
        <translation>证明材料必须是 PDF 文件。</translation>
    </message>
    <message>
        <source>The proof PDF is damaged, empty or password-protected.</source>
        <translation>证明材料 PDF 已损坏、为空或设有密码。</translation>
    </message>
    <message>
        <source>Give the reason for the reduction.</source>
        <translation>请填写减免理由。</translation>
    </message>
    <message>
        <source>This trainee is not one of yours.</source>
        <translation>该学员不属于您的管理范围。</translation>
    </message>
    <message>
        <source>Only the trainee&apos;s base files a reduction request.</source>
        <translation>减免申请只能由学员所在培训基地提交。</translation>
    </message>
    <message>
        <source>This request is not returned to your base any more (someone changed it); reload and look again.</source>
        <translation>该申请已不处于退回本基地的状态（已被他人处理），请刷新后查看。</translation>
    </message>
    <message numerus="yes">
        <source>An approved reduction set %n year(s); the sheet cannot change that.</source>
        <translation>
            <numerusform>已批准的减免将培训年限定为 %n 年，表格不能更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 track trains %n year(s).</source>
        <translation>
            <numerusform>%1培训年限为 %n 年。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer years than the standard %n need a reduction request with a PDF proof.</source>
        <translation>
            <numerusform>少于标准的 %n 年须提交附 PDF 证明材料的减免申请。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gme::TrainingYearsImport</name>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n 行有问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <source>Unknown ID document type &quot;%1&quot;.</source>
        <translation>未知的证件类型“%1”。</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>The same ID number is already on row %1.</source>
        <translation>相同的证件号码已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>None of your trainees has this ID number; import the roster first.</source>
        <translation>您管理的学员中没有此证件号码，请先导入学员名单。</translation>
    </message>
    <message>
        <source>The name does not match the trainee with this ID number (%1).</source>
        <translation>姓名与该证件号码对应的学员（%1）不一致。</translation>
    </message>
    <message>
        <source>Training years must be 1, 2 or 3, not &quot;%1&quot;.</source>
        <translation>培训年限应为 1、2 或 3，而不是“%1”。</translation>
    </message>
    <message>
        <source>The training start date is empty.</source>
        <translation>培训开始时间为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2021-08-01).</source>
        <translation>“%1”不是日期（请写作 2021-08-01）。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) from %1 end on %2, not %3.</source>
        <translation>
            <numerusform>从 %1 起培训 %n 年应于 %2 结束，而不是 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gme::TrainingYearsImportDialog</name>
    <message>
        <source>Import training years</source>
        <translation>导入培训年限</translation>
    </message>
    <message>
        <source>A training-years sheet (培训年限表): ID number, training years (1, 2 or 3), start date and, if present, end date and name. The end must be the start plus the years. Fewer years than the standard need an approved reduction.</source>
        <translation>培训年限表：证件号码、培训年限（1、2 或 3）、培训开始时间，以及（如有）培训结束时间和姓名。结束时间必须等于开始时间加培训年限。少于标准年限须有已批准的减免。</translation>
    </message>
    <message>
        <source>Choose a .xlsx, .xls or .csv file.</source>
        <translation>请选择 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Import the valid rows even if other rows have problems</source>
        <translation>即使其他行有问题，也导入有效的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read.</source>
        <translation>
            <numerusform>%1：已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n 行可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed below).</source>
        <translation>
            <numerusform>%n 行有问题（见下表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them, or tick the box below to import the valid rows only.</source>
        <translation>请修改后重新导入，或勾选下方选项只导入有效的行。</translation>
    </message>
    <message>
        <source>Importing training years…</source>
        <translation>正在导入培训年限…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 updated, %2 unchanged.</source>
        <translation>已更新 %1 人，%2 人无变化。</translation>
    </message>
</context>
<context>
    <name>gme::TrainingYearsModel</name>
    <message numerus="yes">
        <source>Reduced to %n year(s)</source>
        <translation>
            <numerusform>已减免为 %n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %n year(s): %1</source>
        <translation>
            <numerusform>减免为 %n 年：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>培训基地</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>培训专业</translation>
    </message>
    <message>
        <source>Training years</source>
        <translation>培训年限</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>培训开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>培训结束时间</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>减免</translation>
    </message>
</context>
<context>
    <name>gme::TrainingYearsPage</name>
    <message>
        <source>Filter by name, ID number, base or specialty</source>
        <translation>按姓名、证件号码、基地或专业筛选</translation>
    </message>
    <message>
        <source>Import sheet…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Request reduction…</source>
        <translation>申请减免…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The training years could not be loaded: %1</source>
        <translation>无法加载培训年限：%1</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>Export training years</source>
        <translation>导出培训年限</translation>
    </message>
    <message>
        <source>training_years.xlsx</source>
        <translation>培训年限表.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>正在导出 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gme::UploadEvidenceDialog</name>
    <message>
        <source>Upload evidence</source>
        <translation>上传佐证材料</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>报名人：%1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>材料类型：</translation>
    </message>
    <message>
        <source>PDF, JPG or PNG file</source>
        <translation>PDF、JPG 或 PNG 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>The certificate photo must be a JPG of 150–300 KB named by the ID number, portrait in 2-inch proportions, on a white background.</source>
        <translation>证书照片须为 150–300 KB 的 JPG 文件，以证件号码命名，二寸竖版比例，白色背景。</translation>
    </message>
    <message>
        <source>A PDF (without password, at most %1 pages) or a JPG/PNG scan, up to %2.</source>
        <translation>PDF（无密码，最多 %1 页）或 JPG/PNG 扫描件，最大 %2。</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>选择佐证材料文件</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>佐证材料 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading and checking… %p%</source>
        <translation>正在读取并检查… %p%</translation>
    </message>
    <message>
        <source>Storing… %p%</source>
        <translation>正在保存… %p%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was uploaded as %2 (%3).</source>
        <translation>“%1”已作为%2上传（%3）。</translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was stored.</source>
        <translation>上传已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gme::UserAdmin</name>
    <message>
        <source>&apos;%1&apos; is not a valid user name: start with a lower-case letter, then letters, digits, - or _</source>
        <translation>“%1”不是有效的用户名：须以小写字母开头，其后为字母、数字、- 或 _</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>There is no organisation with the code &apos;%1&apos;</source>
        <translation>没有代码为“%1”的单位</translation>
    </message>
    <message>
        <source>There is already a user named &apos;%1&apos;</source>
        <translation>已有名为“%1”的用户</translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos;</source>
        <translation>没有名为“%1”的用户</translation>
    </message>
    <message>
        <source>A department head needs a department, and only a department head has one</source>
        <translation>科室主任必须指定科室，其他角色不能指定科室</translation>
    </message>
    <message>
        <source>A department head belongs to a base; &apos;%1&apos; is not one</source>
        <translation>科室主任隶属于培训基地，“%1”不是培训基地</translation>
    </message>
    <message>
        <source>The base &apos;%1&apos; has no department &apos;%2&apos;</source>
        <translation>培训基地“%1”没有科室“%2”</translation>
    </message>
</context>
<context>
    <name>gme::UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用 / 启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>已新增用户 %1。</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Disabled %1: they can no longer sign in.</source>
        <translation>已停用 %1：该用户不能再登录。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>gme::XlsxReader</name>
    <message>
        <source>The part %1 is too large to be a roster.</source>
        <translation>部件 %1 过大，不像是名册文件。</translation>
    </message>
    <message>
        <source>The part %1 cannot be unpacked.</source>
        <translation>无法解压部件 %1。</translation>
    </message>
    <message>
        <source>The part %1 is damaged.</source>
        <translation>部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it cannot be opened as one).</source>
        <translation>%1 不是 .xlsx 工作簿（无法按 .xlsx 打开）。</translation>
    </message>
    <message>
        <source>%1 has no workbook inside; is it really an .xlsx file?</source>
        <translation>%1 中没有工作簿，请确认它确实是 .xlsx 文件。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1: the worksheet %2 is missing.</source>
        <translation>%1：缺少工作表 %2。</translation>
    </message>
    <message>
        <source>%1: row number %2 is out of range.</source>
        <translation>%1：行号 %2 超出范围。</translation>
    </message>
    <message>
        <source>%1: bad cell reference %2.</source>
        <translation>%1：单元格引用 %2 无效。</translation>
    </message>
    <message>
        <source>%1: column %2 is out of range.</source>
        <translation>%1：列 %2 超出范围。</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2).</source>
        <translation>%1：工作表已损坏（%2）。</translation>
    </message>
</context>
<context>
    <name>gme::XlsxWriter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write row %1: rows are written in order.</source>
        <translation>无法写入第 %1 行：须按顺序写入各行。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the disk may be full.</source>
        <translation>磁盘可能已满。</translation>
    </message>
    <message>
        <source>Cannot move the finished file to %1: %2</source>
        <translation>无法将已完成的文件移动到 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>gmedesk</source>
        <translation>住培审核台</translation>
    </message>
    <message>
        <source>The database %1 cannot be prepared:
%2</source>
        <translation>无法准备数据库 %1：
%2</translation>
    </message>
    <message>
        <source>Welcome to gmedesk</source>
        <translation>欢迎使用住培审核台</translation>
    </message>
    <message>
        <source>The database is empty. Create a demo province with realistic bases, users and 5,000 registrations to try gmedesk?

Demo users: province, guangzhou, school, base1, gpbase1, admin; password %1</source>
        <translation>数据库为空。是否创建一个演示省份（含仿真的培训基地、用户和 5,000 条报名记录）来试用住培审核台？

演示用户：province、guangzhou、school、base1、gpbase1、admin；密码 %1</translation>
    </message>
</context>
</TS>
