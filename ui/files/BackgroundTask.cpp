#include "files/BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <limits>

namespace tollgate
{

bool BackgroundTask::runWork(QWidget* parent, const QString& label, bool cancellable,
                             const std::function<void()>& work)
{
    QThread* thread = QThread::create(work);
    QProgressDialog progress(label, cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    if (!cancellable)
        progress.setCancelButton(nullptr);

    QEventLoop loop;
    bool cancelled = false;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    // The thread deletes itself when done, also when the dialog was cancelled before that.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    loop.exec(); // the modal dialog keeps other input away from the window
    progress.reset();
    return !cancelled;
}

namespace
{
// The bar as the work last reported it: a moving bar until a total is known. Counts are
// scaled into int, which is all QProgressDialog takes.
void showProgress(QProgressDialog& dialog, const TaskProgress& task)
{
    const qint64 total = task.total();
    if (total <= 0)
        return;
    const qint64 scale = total / std::numeric_limits<int>::max() + 1;
    dialog.setMaximum(static_cast<int>(total / scale));
    dialog.setValue(static_cast<int>(std::min(task.done(), total) / scale));
}
} // namespace

void BackgroundTask::runWithProgress(QWidget* parent, const QString& label,
                                     const std::function<void(TaskProgress&)>& work)
{
    TaskProgress task;
    QThread* thread = QThread::create([&task, &work] { work(task); });
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("taskProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    // The work never touches a widget: the GUI thread reads its counters a few times a second.
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] { showProgress(progress, task); });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        task.requestStop();
        progress.setLabelText(QProgressDialog::tr("Cancelling…"));
        progress.show(); // cancel() would otherwise leave the user looking at nothing
    });

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    loop.exec(); // the modal dialog keeps other input away from the window
    poll.stop();
    thread->wait();
    delete thread;
    progress.reset();
}

} // namespace tollgate
