#pragma once

#include <QWidget>

#include <array>
#include <optional>

class QButtonGroup;
class QToolButton;

namespace tollgate
{

// The 0–5 control of one criterion: seven segmented buttons, "–" (not scored) and 0 to 5.
// Clicking a button, or pressing its digit (or "-") while the control has focus, chooses it.
class ScoreSelector : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreSelector(const QString& criterionKey, QWidget* parent = nullptr);

    std::optional<int> score() const { return m_score; }
    // Shows a score without emitting scoreChosen().
    void setScore(std::optional<int> score);
    void setReadOnly(bool readOnly);
    // Tooltips per level (the rubric line that score means), index 0..5.
    void setLevelToolTips(const std::array<QString, 6>& tips);
    // A dotted outline on the suggested level (M1, C3), none for nullopt.
    void setSuggested(std::optional<int> score);

    // The button for a level, -1 for "not scored"; for tests and accessibility.
    QToolButton* button(int level) const;

signals:
    void scoreChosen(std::optional<int> score);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(std::optional<int> score);
    void updateChecked();

    QButtonGroup* m_group;
    std::array<QToolButton*, 7> m_buttons{}; // [0] is "not scored", [1 + s] is score s
    std::optional<int> m_score;
    std::optional<int> m_suggested;
    bool m_readOnly = false;
};

} // namespace tollgate
