#include "files/FileCommands.h"

#include "core/Clock.h"
#include "files/BackgroundTask.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "services/FileExport.h"

namespace tollgate
{

namespace
{
// The translation context of this file's messages ("FileCommands" in the .ts files): a class, so
// lupdate files the strings under the same context the program looks them up in.
class FileCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(FileCommands)
};

// Opens a second connection to the session's database for work on another thread.
Status withOwnConnection(QWidget* parent, const Session& session, const QString& label,
                         std::function<Status(Portfolio&)> work)
{
    const QString database = session.portfolio().path();
    const auto result = BackgroundTask::run<Status>(parent, label, false, [database, work] {
        Result<std::unique_ptr<Portfolio>> portfolio =
            Portfolio::open(database, OpenMode::ExistingOnly);
        if (!portfolio)
            return Status(portfolio.error());
        return work(**portfolio);
    });
    return result ? *result
                  : Status(Error::of(ErrorKind::Internal, FileCommandsText::tr("Cancelled.")));
}
} // namespace

Status FileCommands::backup(QWidget* parent, const Session& session, const QString& target)
{
    return withOwnConnection(
        parent, session,
        FileCommandsText::tr("Backing up to %1…").arg(QFileInfo(target).fileName()),
        [target](Portfolio& p) { return p.backupTo(target); });
}

Status FileCommands::exportTo(QWidget* parent, const Session& session, const QString& target)
{
    const int year = Clock::currentYear();
    return withOwnConnection(
        parent, session, FileCommandsText::tr("Exporting to %1…").arg(QFileInfo(target).fileName()),
        [target, year](Portfolio& p) { return exportFile(p, target, year); });
}

} // namespace tollgate
