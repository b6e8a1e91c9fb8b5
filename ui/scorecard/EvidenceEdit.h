#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace tollgate
{

// Multi-line evidence text. It commits when focus leaves and, while typing, after a short
// pause, so a crash loses at most the last seconds of typing. All commits of one visit to the
// field carry the same visit number, so the undo stack can fold them into one step.
class EvidenceEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit EvidenceEdit(QWidget* parent = nullptr);

    // Shows stored text without emitting committed().
    void setCommittedText(const QString& text);
    QString committedText() const { return m_committed; }
    // The pause after the last keystroke before the text is stored (default 1500 ms).
    void setIdleCommitDelay(int milliseconds);

signals:
    void committed(const QString& text, int visit);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void commit();

    QTimer* m_idle;
    QString m_committed;
    int m_visit = 0;
};

} // namespace tollgate
