#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QResizeEvent;

namespace tollgate
{

class ChartPanel;
class Session;

// One project's own charts (SPEC §5 charts 5–6, besides the cost curve on the form): its
// criteria as a radar with each analyst and the aggregate, and its scores across screenings.
// Follows the Session: an edit to the shown project redraws both.
class ProjectChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectChartsPanel(Session* session, QWidget* parent = nullptr);

    qint64 project() const { return m_projectId; }
    ChartPanel* radarPanel() const { return m_radar; }
    ChartPanel* trendPanel() const { return m_trend; }
    QString errorMessage() const { return m_error; }
    bool sideBySide() const; // false: the charts stand one above the other

public slots:
    // Shows the charts of a project; 0 clears them.
    void setProject(qint64 projectId);
    void reload();

signals:
    void refreshed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    Session* m_session;
    ChartPanel* m_radar;
    ChartPanel* m_trend;
    QBoxLayout* m_chartsLayout;
    QLabel* m_errorLabel;
    qint64 m_projectId = 0;
    QString m_error;
};

} // namespace tollgate
