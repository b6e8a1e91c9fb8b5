#include "files/BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

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

} // namespace tollgate
