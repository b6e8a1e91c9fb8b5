#include "charts/ChartPanel.h"

#include "charts/ChartExport.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tollgate
{

namespace
{

constexpr int kExportDpi = 192; // twice a screen: sharp in documents and on high-dpi displays
const QSize kMinimumExport(1000, 640);

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this)), m_menu(new QMenu(this)),
      m_button(new QToolButton(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    // Every rebuild swaps thousands of marker items; a BSP index would be rebuilt for each
    // (that, not building the chart, is what a large matrix costs), while a linear hit test
    // over the items of one chart is cheap.
    m_view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_menu->addAction(tr("Export PNG…"), this, &ChartPanel::exportPngInteractively);
    m_menu->addAction(tr("Export SVG…"), this, &ChartPanel::exportSvgInteractively);

    m_button->setText(tr("Export"));
    m_button->setToolTip(tr("Export this chart as a PNG or SVG file"));
    m_button->setAccessibleName(tr("Export chart"));
    m_button->setObjectName(QStringLiteral("exportButton"));
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_menu->popup(m_view->mapToGlobal(pos)); });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch();
    bar->addWidget(m_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setChart(QChart* chart)
{
    if (!chart)
        chart = new QChart; // a view cannot show no chart: an empty one clears it
    QChart* old = m_view->chart();
    m_view->setChart(chart); // the view takes the new chart and gives the old one back
    // What a screen reader says on the view: the chart's title.
    m_view->setAccessibleName(chart->title().isEmpty() ? tr("Chart") : chart->title());
    delete old;
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

QSize ChartPanel::exportSize() const
{
    return m_view->size().expandedTo(kMinimumExport);
}

Status ChartPanel::exportTo(const QString& path) const
{
    return ChartExport::save(chart(), path, exportSize(), kExportDpi);
}

void ChartPanel::exportPngInteractively()
{
    exportInteractively(QStringLiteral("png"), tr("PNG image (*.png)"));
}

void ChartPanel::exportSvgInteractively()
{
    exportInteractively(QStringLiteral("svg"), tr("SVG drawing (*.svg)"));
}

void ChartPanel::exportInteractively(const QString& suffix, const QString& filter)
{
    const QString suggested = QDir::home().filePath(m_baseName + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const Status status = exportTo(path);
    if (status)
        return;
    // Plain text: the message names the file, the user's text. (tollgate_charts does not link
    // the widgets library, so not ui/commands/PlainMessage.)
    QMessageBox box(QMessageBox::Warning, tr("Export chart"), status.error().message,
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace tollgate
