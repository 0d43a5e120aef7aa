#include "DemoEvidence.h"

#include "db/DbError.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace gme::demo {
namespace {

bool canDrawText() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr; }

EvidenceFile fileOf(QByteArray bytes)
{
    EvidenceFile f;
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    f.bytes = std::move(bytes);
    return f;
}

// A scanned form: a title, a grid of labelled rows, a stamp-like circle; `variant` moves things
// a little so the pool's files differ.
QByteArray formPdf(const QString &title, const QStringList &rows, int variant)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setCreator(QStringLiteral("gmedesk demo"));
        pdf.setTitle(title);
        QPainter p(&pdf);
        const int w = pdf.width();
        const int margin = 90 + 10 * variant;
        const bool text = canDrawText();
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        if (text) {
            font.setPixelSize(42);
            font.setBold(true);
            p.setFont(font);
            p.drawText(QRect(0, margin, w, 80), Qt::AlignCenter, title);
            font.setPixelSize(24);
            font.setBold(false);
            p.setFont(font);
        }
        const int rowHeight = 70;
        int y = margin + 130;
        p.setPen(QPen(Qt::black, 2));
        for (const QString &row : rows) {
            p.drawRect(margin, y, w - 2 * margin, rowHeight);
            p.drawLine(margin + 260, y, margin + 260, y + rowHeight);
            if (text)
                p.drawText(QRect(margin + 12, y, 240, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, row);
            y += rowHeight;
        }
        p.setPen(QPen(QColor(200, 30, 30), 5));
        p.drawEllipse(QPoint(w - margin - 160 - 20 * variant, y + 120), 110, 110);
        if (text) {
            p.drawText(QRect(w - margin - 270 - 20 * variant, y + 95, 220, 50), Qt::AlignCenter,
                       QStringLiteral(u"培训基地（盖章）"));
            p.setPen(Qt::black);
            p.drawText(QRect(margin, y + 260, w - 2 * margin, 50), Qt::AlignLeft,
                       QStringLiteral(u"（扫描件，仅供审核使用）"));
        }
    }
    return bytes;
}

// A 2-inch ID photo (413×579 at 300 dpi) on white; grain keeps it at a realistic file size.
QByteArray portraitJpg(bool male, int variant)
{
    QImage img(413, 579, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor shirt = male ? QColor(40, 60, 110 + 30 * variant) : QColor(150 + 20 * variant, 60, 90);
        const QColor skin(236 - 6 * variant, 200 - 4 * variant, 170);
        const QColor hair(25 + 10 * variant, 20, 20);
        p.setPen(Qt::NoPen);
        if (!male) { // long hair behind the head and shoulders
            p.setBrush(hair);
            p.drawRoundedRect(QRect(100, 115, 212, 360), 100, 90);
        }
        p.setBrush(shirt);
        p.drawEllipse(QRect(30, 420, 353, 330));
        p.setBrush(skin);
        p.drawRect(QRect(176, 330, 60, 110));
        p.drawEllipse(QRect(116, 130, 180, 230));
        p.setBrush(hair);
        p.drawChord(QRect(110, 110, 192, male ? 150 : 120), 0, 180 * 16);
    }
    // Sensor grain, independent per channel, brings the JPG into the 150–300 KB the notice asks for.
    QRandomGenerator grain(0x5eed + variant + (male ? 100 : 0));
    auto noisy = [&grain](int channel) { return qBound(0, channel + int(grain.bounded(37)) - 18, 255); };
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x)
            line[x] = qRgb(noisy(qRed(line[x])), noisy(qGreen(line[x])), noisy(qBlue(line[x])));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPG", 98);
    return bytes;
}

QStringList words(const char16_t *s) { return QString::fromUtf16(s).split(QLatin1Char(' ')); }

} // namespace

EvidencePool makeEvidencePool()
{
    EvidencePool pool;
    const QStringList registerRows = words(u"姓名 培训专业 培训基地 轮转科室 轮转起止时间 出科考核成绩 "
                                           u"年度考核 带教老师签名 科室意见 基地意见");
    for (int v = 0; v < 2; ++v)
        pool.processRegisters.append(fileOf(formPdf(QStringLiteral(u"住院医师规范化培训过程考核登记表"),
                                                    registerRows.mid(0, 8 + v), v)));
    pool.gpProcessRegisters.append(fileOf(formPdf(QStringLiteral(u"助理全科医生培训过程考核登记表"), registerRows, 2)));
    const QStringList licenceRows = words(u"姓名 性别 身份证件号 类别 专业 资格证书编码 签发日期");
    for (int v = 0; v < 2; ++v)
        pool.licences.append(fileOf(formPdf(QStringLiteral(u"医师资格证书"), licenceRows, v)));
    pool.reductionProofs.append(fileOf(formPdf(QStringLiteral(u"培训年限减免佐证材料"),
                                               words(u"姓名 原培训年限 申请减免年限 减免理由 基地意见 属地意见"), 1)));
    for (int v = 0; v < 2; ++v) {
        pool.malePhotos.append(fileOf(portraitJpg(true, v)));
        pool.femalePhotos.append(fileOf(portraitJpg(false, v)));
    }
    return pool;
}

void insertEvidenceBlobs(const QSqlDatabase &db, const EvidencePool &pool)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QList<EvidenceFile> *list : {&pool.processRegisters, &pool.gpProcessRegisters, &pool.licences, &pool.reductionProofs,
                                            &pool.malePhotos, &pool.femalePhotos}) {
        for (const EvidenceFile &f : *list) {
            q.bindValue(0, f.sha256);
            q.bindValue(1, f.bytes);
            execOrThrow(q, "insert demo evidence blob");
        }
    }
}

} // namespace gme::demo
