#include "files/ImportDialog.h"

#include "core/Clock.h"
#include "core/ListText.h"
#include "files/BackgroundTask.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include "services/FileImport.h"

namespace tollgate
{

namespace
{
// One import or dry run on a connection of its own, for the worker thread.
Result<FileImportReport> importOnOwnConnection(const QString& database, const QString& file,
                                               const FileImportOptions& options)
{
    Result<std::unique_ptr<Portfolio>> portfolio =
        Portfolio::open(database, OpenMode::ExistingOnly);
    if (!portfolio)
        return portfolio.error();
    if (!options.dryRun) {
        // A copy to go back to before the many new projects arrive.
        const Result<QString> backup = (*portfolio)->makeRollingBackup();
        if (!backup)
            return backup.error();
    }
    return importFile(**portfolio, file, options);
}
} // namespace

ImportDialog::ImportDialog(Session* session, const QString& path, QWidget* parent)
    : QDialog(parent), m_session(session), m_path(path), m_summary(new QLabel),
      m_encoding(new QComboBox), m_skipInvalid(new QCheckBox), m_lines(new QStringListModel(this)),
      m_list(new QListView), m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    m_encoding->addItem(tr("Detect (UTF-8 or GB18030)"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("GB18030"), QStringLiteral("gb18030"));
    m_encoding->setEnabled(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    m_skipInvalid->setText(tr("Import the good rows and write the bad ones to a rejects file"));
    m_list->setObjectName(QStringLiteral("importReport"));
    m_list->setAccessibleName(tr("Import report"));
    m_list->setModel(m_lines);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);

    auto* options = new QFormLayout;
    options->addRow(tr("&Encoding"), m_encoding);
    options->addRow(QString(), m_skipInvalid);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::check);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QDir::toNativeSeparators(path)));
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QStringList ImportDialog::messages() const
{
    return m_lines->stringList();
}

void ImportDialog::showReport(const QString& summary, const QStringList& lines, bool importable)
{
    m_summary->setText(summary);
    m_lines->setStringList(lines);
    m_import->setEnabled(importable);
}

namespace
{
FileImportOptions optionsFrom(const QComboBox* encoding, const QCheckBox* skip,
                              const QString& analyst)
{
    FileImportOptions options;
    options.skipInvalid = skip->isChecked();
    const Result<TextEncoding> chosen = textEncodingFromName(encoding->currentData().toString());
    options.encoding = chosen ? *chosen : TextEncoding::Auto;
    options.analyst = analyst;
    options.today = Clock::today();
    return options;
}
} // namespace

bool ImportDialog::check()
{
    FileImportOptions options = optionsFrom(m_encoding, m_skipInvalid, m_session->analyst());
    options.dryRun = true;
    const QString database = m_session->portfolio().path();
    const QString file = m_path;
    const auto report = BackgroundTask::run<Result<FileImportReport>>(
        this, tr("Checking %1…").arg(QFileInfo(file).fileName()), true,
        [database, file, options] { return importOnOwnConnection(database, file, options); });
    if (!report)
        return false; // cancelled
    if (!*report) {
        // A file-level fault, or bad rows without "skip invalid": the message lists them.
        const QString message = report->error().message;
        QStringList lines = ListText::split(message);
        showReport(tr("Nothing can be imported as it stands:"), lines, false);
        return false;
    }
    const FileImportReport& r = **report;
    QString summary = tr("Ready to import %n project(s)", nullptr, r.stats.projects) +
                      tr(", %n scorecard(s)", nullptr, r.stats.scorecards) +
                      tr(" and %n meeting(s).", nullptr, r.stats.meetings);
    if (r.rejectedRows > 0)
        summary +=
            QLatin1Char(' ') + tr("%n bad row(s) will be skipped and written beside the file.",
                                  nullptr, r.rejectedRows);
    showReport(summary, r.rowErrors, r.stats.projects > 0);
    return r.stats.projects > 0;
}

bool ImportDialog::runImport()
{
    const FileImportOptions options = optionsFrom(m_encoding, m_skipInvalid, m_session->analyst());
    const QString database = m_session->portfolio().path();
    const QString file = m_path;
    // One transaction: Cancel asks the import to stop after the project it is storing, and the
    // rollback leaves nothing of the file behind. The report says which way it went.
    const Result<FileImportReport> report =
        BackgroundTask::runWithProgress<Result<FileImportReport>>(
            this, tr("Importing %1…").arg(QFileInfo(file).fileName()),
            [database, file, options](TaskProgress& progress) {
                FileImportOptions withProgress = options;
                withProgress.progress = progress.callback();
                return importOnOwnConnection(database, file, withProgress);
            });
    if (!report) {
        showReport(report.error().message, {}, true);
        return false;
    }
    m_session->notifyProjectsReset();
    accept();
    return true;
}

} // namespace tollgate
