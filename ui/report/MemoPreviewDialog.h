#pragma once

#include "core/Result.h"
#include "report/MemoChartImages.h"
#include "report/MemoData.h"
#include "report/MemoOptions.h"

#include <QPrintPreviewDialog>

#include <memory>

class QAction;
class QPrinter;
class QTextDocument;

namespace tollgate
{

// Project ▸ Memo…: the memo in a print preview, with Print (the preview's own button) and
// Export PDF… / Export HTML… in its toolbar. The memo is laid out once when the dialog opens;
// every page the preview shows is what the PDF and the printer get.
class MemoPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT
public:
    MemoPreviewDialog(MemoData data, MemoChartImages charts, MemoOptions options,
                      QWidget* parent = nullptr);
    ~MemoPreviewDialog() override;

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportHtmlAction() const { return m_exportHtml; }

    // Writes the memo to a .pdf or .html file without asking (the export actions ask for the
    // name first); the error is returned, not shown.
    Status exportTo(const QString& path) const;

private:
    void paintPages(QPrinter* printer);
    void exportInteractively(const QString& suffix, const QString& filter);

    MemoData m_data;
    MemoChartImages m_charts;
    MemoOptions m_options;
    std::unique_ptr<QTextDocument> m_document;
    QAction* m_exportPdf;
    QAction* m_exportHtml;
};

// Opens the memo of a project of the session's portfolio: gathers it, renders its charts, shows
// the preview (modal). Errors are shown in a message box.
void showMemo(QWidget* parent, const Portfolio& portfolio, qint64 projectId,
              const MemoOptions& options);

} // namespace tollgate
