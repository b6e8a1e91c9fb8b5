#include "report/MemoPreviewDialog.h"

#include "charts/MemoChartRenderer.h"
#include "core/Clock.h"
#include "report/MemoDocument.h"
#include "report/MemoFile.h"
#include "report/MemoPageRenderer.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QToolBar>

namespace tollgate
{

namespace
{

// A file name from the project's name: letters, digits and CJK kept, the rest dashes.
QString suggestedFileName(const MemoData& data, const QString& suffix)
{
    QString base = data.project.name;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    base = base.left(60).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("project-%1").arg(data.project.id);
    return QStringLiteral("memo-%1.%2").arg(base, suffix);
}

} // namespace

MemoPreviewDialog::MemoPreviewDialog(MemoData data, MemoChartImages charts, MemoOptions options,
                                     QWidget* parent)
    : QPrintPreviewDialog(parent), m_data(std::move(data)), m_charts(std::move(charts)),
      m_options(std::move(options)), m_document(MemoDocument::build(m_data, m_charts, m_options)),
      m_exportPdf(new QAction(tr("Export &PDF…"), this)),
      m_exportHtml(new QAction(tr("Export &HTML…"), this))
{
    setWindowTitle(MemoDocument::title(m_data));
    MemoPageRenderer::setUpPage(*printer());
    printer()->setDocName(MemoDocument::title(m_data));
    connect(this, &QPrintPreviewDialog::paintRequested, this, &MemoPreviewDialog::paintPages);

    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportHtml->setObjectName(QStringLiteral("exportHtmlAction"));
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { exportInteractively(QStringLiteral("pdf"), tr("PDF documents (*.pdf)")); });
    connect(m_exportHtml, &QAction::triggered, this,
            [this] { exportInteractively(QStringLiteral("html"), tr("HTML pages (*.html)")); });
    // The preview's own toolbar already holds Print; the exports join it at the end.
    if (auto* toolbar = findChild<QToolBar*>()) {
        toolbar->addSeparator();
        toolbar->addAction(m_exportPdf);
        toolbar->addAction(m_exportHtml);
        for (QAction* action : {m_exportPdf, m_exportHtml}) {
            if (QWidget* button = toolbar->widgetForAction(action))
                button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    } else {
        addAction(m_exportPdf);
        addAction(m_exportHtml);
    }
}

MemoPreviewDialog::~MemoPreviewDialog() = default;

void MemoPreviewDialog::paintPages(QPrinter* printer)
{
    const Result<int> pages =
        MemoPageRenderer::render(*m_document, *printer, MemoFile::footer(m_options));
    if (!pages)
        QMessageBox::warning(this, windowTitle(), pages.error().message);
}

Status MemoPreviewDialog::exportTo(const QString& path) const
{
    return MemoFile::write(m_data, m_charts, m_options, path);
}

void MemoPreviewDialog::exportInteractively(const QString& suffix, const QString& filter)
{
    const QString suggested = QDir::home().filePath(suggestedFileName(m_data, suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export memo"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = exportTo(path);
    QGuiApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export memo"), written.error().message);
}

void showMemo(QWidget* parent, const Portfolio& portfolio, qint64 projectId,
              const MemoOptions& options)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<MemoData> data = gatherMemoData(portfolio, projectId, Clock::currentYear());
    if (!data) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, MemoPreviewDialog::tr("Memo"), data.error().message);
        return;
    }
    MemoChartImages charts = MemoChartRenderer::render(*data, options.chinese);
    MemoPreviewDialog dialog(*data, std::move(charts), options, parent);
    QGuiApplication::restoreOverrideCursor();
    dialog.exec();
}

} // namespace tollgate
