#include "compare/CompareDialog.h"

#include "analytics/Comparison.h"
#include "charts/ChartExport.h"
#include "charts/RadarChartBuilder.h"
#include "compare/BestValueDelegate.h"
#include "compare/ComparisonModel.h"
#include "compare/ComparisonReport.h"
#include "core/Clock.h"
#include "models/DisplayNames.h"
#include "session/Session.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMessageBox>
#include <QPolarChart>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{

const QSize kRadarImageSize(640, 520);

// The radar's key as rich text: a square in each line's colour and the project's whole name.
// The chart's own legend puts every entry on one row under the plot and cuts long names short
// ("明察检测 ..."); this one wraps between entries, never inside a name.
QString legendHtml(QChart* chart)
{
    QStringList entries;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (!marker->isVisible())
            continue;
        QString name = marker->label().toHtmlEscaped();
        name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(marker->brush().color().name(), name);
    }
    return entries.join(QStringLiteral("&nbsp;&nbsp; "));
}

} // namespace

CompareDialog::CompareDialog(Session* session, const QList<qint64>& projectIds, QWidget* parent)
    : QDialog(parent), m_session(session), m_ids(projectIds), m_model(new ComparisonModel(this)),
      m_table(new QTableView(this)), m_radar(new QChartView), m_legend(new QLabel),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare projects"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BestValueDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Projects side by side"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Criterion names are long: the row labels are cut short and the tooltip has them whole.
    m_table->verticalHeader()->setMaximumWidth(260);
    m_radar->setObjectName(QStringLiteral("compareRadar"));
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_radar->setMinimumSize(320, 300);
    m_legend->setObjectName(QStringLiteral("compareRadarLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_note->setObjectName(QStringLiteral("compareNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The best value of each row is in bold on green; an amber bar marks a "
                       "criterion the analysts disagree on (spread of 2 or more)."));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* radarPane = new QWidget;
    auto* radarLayout = new QVBoxLayout(radarPane);
    radarLayout->setContentsMargins(0, 0, 0, 0);
    radarLayout->addWidget(m_radar, 1);
    radarLayout->addWidget(m_legend);
    splitter->addWidget(m_table);
    splitter->addWidget(radarPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table first: six project columns need the room more than the radar does.
    splitter->setSizes({680, 380});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("comparePrintButton"));
    QPushButton* pdf = buttons->addButton(tr("Export P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("comparePdfButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &CompareDialog::printComparison);
    connect(pdf, &QPushButton::clicked, this, &CompareDialog::askExportPdf);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(1180, 720);

    if (Status loaded = reload(); !loaded)
        m_note->setText(loaded.error().message);
    // Opening another database ends the session this window reads from: it closes with it.
    connect(session, &QObject::destroyed, this, &QDialog::reject);
    connect(session, &Session::projectChanged, this, [this](qint64 id) {
        if (m_ids.contains(id))
            reload();
    });
}

Status CompareDialog::reload()
{
    if (m_ids.size() < kMinCompared || m_ids.size() > kMaxCompared) {
        return Error::at(QStringLiteral("projects"),
                         tr("Select from %1 to %2 projects to compare; %3 are selected.")
                             .arg(kMinCompared)
                             .arg(kMaxCompared)
                             .arg(m_ids.size()));
    }
    const Portfolio& portfolio = m_session->portfolio();
    Result<Template> t = portfolio.currentTemplate();
    if (!t)
        return t.error();
    Result<QList<Segment>> segments = portfolio.segments();
    if (!segments)
        return segments.error();
    QList<ComparedProject> compared;
    for (qint64 id : std::as_const(m_ids)) {
        Result<Project> project = portfolio.project(id);
        if (!project)
            return project.error();
        // Through the viewer's read: under blind scoring nobody compares against scores they
        // may not see yet.
        Result<QList<Scorecard>> visible = portfolio.scorecards(id, m_session->analyst());
        if (!visible)
            return visible.error();
        compared.append(compareEntry(*t, *project, *visible, Clock::currentYear()));
    }
    m_model->setComparison(*t, *segments, compared, DisplayNames::chineseUi());
    rebuildRadar();
    return {};
}

void CompareDialog::rebuildRadar()
{
    QStringList keys;
    for (const ComparisonRow& row : m_model->comparisonRows())
        if (row.kind == ComparisonRowKind::Criterion)
            keys << row.criterionKey;
    QList<CriteriaLine> lines;
    for (const ComparedProject& p : m_model->projects()) {
        CriteriaLine line;
        line.analyst = p.project.name;
        for (const QString& key : std::as_const(keys))
            line.scores.append(rankValue({ComparisonRowKind::Criterion, key}, p));
        lines.append(line);
    }
    QChart* old = m_radar->chart();
    QChart* radar = RadarChartBuilder::buildOverlay(keys, lines);
    m_radar->setChart(radar);
    delete old;
    m_legend->setText(legendHtml(radar));
    radar->legend()->hide();
}

QImage CompareDialog::radarImage() const
{
    // On paper the key stands beside the plot, one name a line, where a name has the most room.
    QLegend* legend = m_radar->chart()->legend();
    legend->setAlignment(Qt::AlignRight);
    legend->show();
    const QImage image = ChartExport::toImage(m_radar->chart(), kRadarImageSize, 150);
    legend->hide();
    legend->setAlignment(Qt::AlignBottom);
    return image;
}

Status CompareDialog::exportPdf(const QString& path)
{
    return ComparisonReport::savePdf(*m_model, radarImage(), path);
}

void CompareDialog::askExportPdf()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                     QStringLiteral("comparison.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status saved = exportPdf(path); !saved)
        QMessageBox::warning(this, tr("Export failed"), saved.error().message);
}

void CompareDialog::printComparison()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> document = ComparisonReport::document(*m_model, radarImage());
    ComparisonReport::print(*document, &printer);
}

} // namespace tollgate
