<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>照片须以身份证件号命名（%1.jpg）；当前文件名为“%2”。</translation>
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
        <translation>该报名者须提交此材料，但尚未上传。</translation>
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
    <name>gme::EvidenceViewer</name>
    <message>
        <source>Select a registrant to see the uploaded evidence.</source>
        <translation>请选择一名报名者以查看其上传的佐证材料。</translation>
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
        <translation>该报名者未上传任何佐证材料。</translation>
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
        <translation>%1：该报名者须提交，但尚未上传。</translation>
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
    <name>gme::PdfPageListModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
</TS>
