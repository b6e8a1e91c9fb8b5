#pragma once

#include "meetings/PresentSlide.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace tollgate
{

class MeetingRecorder;
class RecordingPanel;

// Present mode: the meeting full screen, one agenda item per page, with the record of the item
// below it. Everything runs from the keyboard so the presenter never reaches for a mouse:
//   PgDn, →, Space   next item          PgUp, ←   previous item        Esc   leave
//   ↑ ↓   choose the attendee           Y / N / A   vote yes / no / abstain, X clears it
//   1 approve · 2 decline · 3 defer · 4 more diligence · 0 no decision
//   Tab   conditions, then notes (Enter or Esc returns to the votes)
// Opening it on a planned meeting starts the meeting (status "in progress").
class PresentWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PresentWindow(MeetingRecorder* recorder, QWidget* parent = nullptr);

    int currentItem() const { return m_item; }
    void goTo(int item);
    void next() { goTo(m_item + 1); }
    void previous() { goTo(m_item - 1); }

    PresentSlide* slide() const { return m_slide; }
    RecordingPanel* recording() const { return m_recording; }

signals:
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void loadContext();
    void addShortcut(const QKeySequence& key, const std::function<void()>& action);
    void leave();

    MeetingRecorder* m_recorder;
    SlideContext m_context;
    PresentSlide* m_slide;
    RecordingPanel* m_recording;
    QLabel* m_empty;
    QLabel* m_status;
    int m_item = -1;
};

} // namespace tollgate
