#include "scorecard/EvidenceEdit.h"

#include <QTimer>

namespace tollgate
{

namespace
{
int nextVisit()
{
    static int counter = 0;
    return ++counter;
}
} // namespace

EvidenceEdit::EvidenceEdit(QWidget* parent) : QPlainTextEdit(parent), m_idle(new QTimer(this))
{
    setTabChangesFocus(true);
    m_idle->setSingleShot(true);
    m_idle->setInterval(1500);
    m_visit = nextVisit();
    connect(m_idle, &QTimer::timeout, this, &EvidenceEdit::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!isReadOnly())
            m_idle->start();
    });
}

void EvidenceEdit::setCommittedText(const QString& text)
{
    m_committed = text;
    m_idle->stop();
    if (toPlainText() == text)
        return;
    const QSignalBlocker blocker(this);
    setPlainText(text);
}

void EvidenceEdit::setIdleCommitDelay(int milliseconds)
{
    m_idle->setInterval(milliseconds);
}

void EvidenceEdit::focusInEvent(QFocusEvent* event)
{
    m_visit = nextVisit();
    QPlainTextEdit::focusInEvent(event);
}

void EvidenceEdit::focusOutEvent(QFocusEvent* event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

void EvidenceEdit::commit()
{
    m_idle->stop();
    if (isReadOnly())
        return;
    const QString text = toPlainText();
    if (text == m_committed)
        return;
    m_committed = text;
    emit committed(text, m_visit);
}

} // namespace tollgate
