#include "exchange/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace tollgate
{

namespace
{

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

// Excel number-format codes. The yuan sign is written as text so every spreadsheet shows it
// whatever its locale.
const char* formatCode(XlsxWorkbook::NumberStyle style)
{
    switch (style) {
    case XlsxWorkbook::NumberStyle::Integer:
        return "#,##0";
    case XlsxWorkbook::NumberStyle::Cny:
        return "\"¥\"#,##0";
    case XlsxWorkbook::NumberStyle::Score:
        return "0.0";
    case XlsxWorkbook::NumberStyle::Mean:
        return "0.00";
    case XlsxWorkbook::NumberStyle::Years:
        return "0.00";
    }
    return "General";
}

} // namespace

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::create()
{
    // A folder of its own rather than a temporary file: libxlsxwriter opens the path itself.
    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("tollgate-xlsx-XXXXXX")));
    if (!scratch.isValid()) {
        return Error::of(ErrorKind::Io,
                         XlsxText::tr("Cannot create a temporary folder for the workbook: %1.")
                             .arg(scratch.errorString()));
    }
    scratch.setAutoRemove(false); // the workbook removes it
    const QString file = scratch.filePath(QStringLiteral("export.xlsx"));
    lxw_workbook* book = workbook_new(QFile::encodeName(file).constData());
    if (!book) {
        QDir(scratch.path()).removeRecursively();
        return Error::of(ErrorKind::Io, XlsxText::tr("Cannot start the workbook."));
    }
    return std::unique_ptr<XlsxWorkbook>(new XlsxWorkbook(scratch.path(), file, book));
}

XlsxWorkbook::XlsxWorkbook(QString dir, QString file, lxw_workbook* book)
    : m_dir(std::move(dir)), m_file(std::move(file)), m_book(book)
{
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xE7ECF2);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    for (int i = 0; i < 5; ++i) {
        m_styles[i] = workbook_add_format(m_book);
        format_set_num_format(m_styles[i], formatCode(static_cast<NumberStyle>(i)));
    }
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_book)
        workbook_close(m_book); // frees it; the file goes with the folder
    QDir(m_dir).removeRecursively();
}

lxw_format* XlsxWorkbook::format(NumberStyle style) const
{
    return m_styles[static_cast<int>(style)];
}

XlsxWorkbook::Sheet XlsxWorkbook::addSheet(const QString& name)
{
    return Sheet(*this, workbook_add_worksheet(m_book, name.toUtf8().constData()));
}

Result<QByteArray> XlsxWorkbook::bytes()
{
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (closed != LXW_NO_ERROR) {
        return Error::of(ErrorKind::Io, XlsxText::tr("The workbook could not be written: %1.")
                                            .arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::of(
            ErrorKind::Io,
            XlsxText::tr("The workbook could not be read back: %1.").arg(file.errorString()));
    }
    return file.readAll();
}

void XlsxWorkbook::Sheet::header(const QStringList& titles)
{
    m_columns = int(titles.size());
    for (int c = 0; c < m_columns; ++c)
        text(0, c, titles.at(c));
    worksheet_set_row(m_sheet, 0, LXW_DEF_ROW_HEIGHT, m_book.m_header);
    worksheet_freeze_panes(m_sheet, 1, 0);
}

void XlsxWorkbook::Sheet::text(int row, int column, const QString& value)
{
    if (value.isEmpty())
        return;
    worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
                           row == 0 ? m_book.m_header : nullptr);
}

void XlsxWorkbook::Sheet::number(int row, int column, std::optional<double> value,
                                 NumberStyle style)
{
    if (value)
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), *value,
                               m_book.format(style));
}

void XlsxWorkbook::Sheet::date(int row, int column, const QDate& value)
{
    if (!value.isValid())
        return;
    lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0.0};
    worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &when, m_book.m_date);
}

void XlsxWorkbook::Sheet::columnWidth(int first, int last, double width)
{
    worksheet_set_column(m_sheet, lxw_col_t(first), lxw_col_t(last), width, nullptr);
}

void XlsxWorkbook::Sheet::finish(int lastRow)
{
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(m_columns - 1));
}

} // namespace tollgate
