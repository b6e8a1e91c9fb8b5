#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace tollgate
{

// A thin C++ face of libxlsxwriter for the project's spreadsheets: sheets with a bold header row
// that is frozen and filtered, typed cells, a few named number formats. libxlsxwriter writes
// to a file only, so the workbook is built in a private temporary file and bytes() hands back
// its contents for the caller to save atomically (services/FileFormat.h).
class XlsxWorkbook
{
public:
    // How a number cell is shown.
    enum class NumberStyle {
        Integer, // 1,234
        Cny,     // ¥1,234,567
        Score,   // 66.7 — a question score or composite, 0..100
        Mean,    // 3.50 — a criterion's mean over analysts, 0..5
        Years    // 6.27
    };

    class Sheet
    {
    public:
        // The header row: bold, frozen, with a filter over every column of the rows written.
        void header(const QStringList& titles);
        void text(int row, int column, const QString& value);
        void number(int row, int column, std::optional<double> value, NumberStyle style);
        void date(int row, int column, const QDate& value);
        void columnWidth(int first, int last, double width);
        // Call after the last row: stretches the filter over rows 0..lastRow.
        void finish(int lastRow);

    private:
        friend class XlsxWorkbook;
        Sheet(XlsxWorkbook& book, lxw_worksheet* sheet) : m_book(book), m_sheet(sheet) {}
        XlsxWorkbook& m_book;
        lxw_worksheet* m_sheet;
        int m_columns = 0;
    };

    static Result<std::unique_ptr<XlsxWorkbook>> create();
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    // Sheet names must be unique, at most 31 characters, without []:*?/\.
    Sheet addSheet(const QString& name);
    // Closes the workbook and returns the .xlsx bytes; the workbook cannot be written after.
    Result<QByteArray> bytes();

private:
    XlsxWorkbook(QString dir, QString file, lxw_workbook* book);
    lxw_format* format(NumberStyle style) const;

    QString m_dir; // the private temporary folder, removed with the workbook
    QString m_file;
    lxw_workbook* m_book;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_styles[5] = {};
};

} // namespace tollgate
