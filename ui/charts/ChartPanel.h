#pragma once

#include "core/Result.h"

#include <QSize>
#include <QWidget>

class QChart;
class QChartView;
class QMenu;
class QToolButton;

namespace tollgate
{

// A chart in a view with its export commands: a small toolbar button and the view's context
// menu both offer "Export PNG…" and "Export SVG…". The panel owns its chart; setting a new one
// deletes the old.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    QMenu* exportMenu() const { return m_menu; }
    QToolButton* exportButton() const { return m_button; }

    // The file name offered in the save dialog, without suffix (e.g. "screening-matrix").
    void setExportBaseName(const QString& name) { m_baseName = name; }
    // The size an export lays the chart out at: the view's size, but never smaller than a page
    // figure needs.
    QSize exportSize() const;
    // Writes the chart to a .png (at 2× resolution) or .svg file.
    Status exportTo(const QString& path) const;

public slots:
    void exportPngInteractively();
    void exportSvgInteractively();

private:
    void exportInteractively(const QString& suffix, const QString& filter);

    QChartView* m_view;
    QMenu* m_menu;
    QToolButton* m_button;
    QString m_baseName = QStringLiteral("chart");
};

} // namespace tollgate
