#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <xlsxwriter.h>

#include <filesystem>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::XlsxWriter)
};

// Excel refuses longer cell strings; cutting is better than losing the whole file.
constexpr qsizetype kMaxCellChars = 32767;

} // namespace

XlsxWriter::XlsxWriter(QString targetPath, const QString &sheetName) : m_target(std::move(targetPath))
{
    const QFileInfo info(m_target);
    if (!info.absoluteDir().exists()) {
        fail(Text::tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    m_tempPath = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.')
                 + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".part");
    // constant_memory keeps a 100,000-row sheet out of RAM; rows must then be written in order.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray path = QFile::encodeName(m_tempPath);
    m_book = workbook_new_opt(path.constData(), &options);
    if (!m_book) {
        fail(Text::tr("Cannot create %1.").arg(m_tempPath));
        return;
    }
    m_sheet = workbook_add_worksheet(m_book, sheetName.left(31).toUtf8().constData());
    m_text = workbook_add_format(m_book);
    format_set_num_format(m_text, "@");
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_num_format(m_header, "@");
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    m_title = workbook_add_format(m_book);
    format_set_bold(m_title);
    format_set_font_size(m_title, 16);
    format_set_align(m_title, LXW_ALIGN_CENTER);
}

XlsxWriter::~XlsxWriter()
{
    if (m_book && !m_committed) {
        workbook_close(m_book); // libxlsxwriter frees its memory only on close
        QFile::remove(m_tempPath);
    }
}

void XlsxWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (m_sheet)
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
}

void XlsxWriter::writeTitle(int row, int columns, const QString &text)
{
    if (!m_sheet)
        return;
    // Merged ranges are not available in constant_memory mode; a centred-across-selection
    // format gives the same look and keeps rows streaming.
    format_set_align(m_title, LXW_ALIGN_CENTER_ACROSS);
    worksheet_write_string(m_sheet, lxw_row_t(row), 0, text.left(kMaxCellChars).toUtf8().constData(), m_title);
    for (int c = 1; c < columns; ++c)
        worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(c), m_title);
}

void XlsxWriter::writeHeader(int row, const QStringList &labels)
{
    if (!m_sheet)
        return;
    for (int c = 0; c < labels.size(); ++c)
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(c), labels[c].toUtf8().constData(), m_header);
}

void XlsxWriter::writeText(int row, int column, const QString &text)
{
    if (!m_sheet || text.isEmpty())
        return;
    const lxw_error e = worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                               text.left(kMaxCellChars).toUtf8().constData(), m_text);
    if (e != LXW_NO_ERROR)
        fail(Text::tr("Cannot write row %1: %2").arg(row + 1).arg(QString::fromUtf8(lxw_strerror(e))));
}

void XlsxWriter::writeDate(int row, int column, const QDate &date)
{
    if (!m_sheet || !date.isValid())
        return;
    lxw_datetime dt{date.year(), date.month(), date.day(), 0, 0, 0};
    worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &dt, m_date);
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    if (m_sheet)
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
}

void XlsxWriter::freezeRowsAbove(int row)
{
    if (m_sheet)
        worksheet_freeze_panes(m_sheet, lxw_row_t(row), 0);
}

bool XlsxWriter::commit()
{
    if (!m_book)
        return false;
    const lxw_error e = workbook_close(m_book);
    m_committed = true; // the workbook is freed either way
    if (e != LXW_NO_ERROR)
        fail(Text::tr("Cannot write %1: %2").arg(m_tempPath, QString::fromUtf8(lxw_strerror(e))));
    if (!m_error.isEmpty()) {
        QFile::remove(m_tempPath);
        return false;
    }
    // std::filesystem::rename replaces an older export atomically (POSIX rename, MoveFileEx on Windows).
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(m_tempPath.toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), ec);
    if (ec) {
        QFile::remove(m_tempPath);
        fail(Text::tr("Cannot move the finished file to %1: %2").arg(m_target, QString::fromLocal8Bit(ec.message())));
        return false;
    }
    return true;
}

} // namespace gme
