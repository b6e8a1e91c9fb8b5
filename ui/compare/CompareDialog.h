#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace tollgate
{

class ComparisonModel;
class Session;

// Compare (docs/compare-and-blind-scoring.md): 2–6 projects side by side, one column each with
// the best value of each row highlighted, their radars overlaid, and print and PDF export. The
// figures are those the session's analyst may see (blind scoring applies).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(Session* session, const QList<qint64>& projectIds, QWidget* parent = nullptr);

    // Loads the projects again (after an edit elsewhere). An Error when one cannot be read or
    // the number of projects is outside 2–6.
    Status reload();

    ComparisonModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QChartView* radarView() const { return m_radar; }
    // The radar's key: each project's colour and whole name (the chart's own legend is hidden).
    QLabel* radarLegend() const { return m_legend; }
    // The radar as the printout shows it.
    QImage radarImage() const;
    Status exportPdf(const QString& path);

private:
    void askExportPdf();
    void printComparison();
    void rebuildRadar();

    Session* m_session;
    QList<qint64> m_ids;
    ComparisonModel* m_model;
    QTableView* m_table;
    QChartView* m_radar;
    QLabel* m_legend;
    QLabel* m_note;
};

} // namespace tollgate
