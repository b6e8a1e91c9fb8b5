// SPEC §9: a SIGKILL while tollgate-cli creates a new database (init, sample into a new path,
// import into a new file) leaves either no file at that path or one that opens cleanly with its
// whole schema, and holds all of the sample or import or none of it. Never a half-made file
// that the next start refuses or misreads (docs/reliability.md).
#include "TestSupport.h"

#include "sample/SplitMix64.h"
#include "storage/Portfolio.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace tollgate;
using namespace tollgate::test;

namespace
{

// Under AddressSanitizer (scripts/sanitize.sh) every start of tollgate-cli costs several times
// as much: fewer kills keep the test near a minute there.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kKills = 60;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kKills = 60;
#else
constexpr int kKills = 150;
#endif
#else
constexpr int kKills = 150;
#endif

// One way of creating a database, and how many projects it puts in when it runs to the end.
struct Creation {
    QStringList arguments; // after "--db PATH"
    int projects = 0;
    qint64 fullRunMs = 0;
};

// What a killed creation left at its path.
enum class Outcome { NoFile, EmptyDatabase, FullDatabase };

struct Tally {
    int kills = 0;
    int noFile = 0;
    int emptyDatabase = 0;
    int fullDatabase = 0;
    int insideCreation = 0; // the folder held more than a finished database: a kill mid-creation
    QStringList problems;
};

Result<Outcome> judge(const QString& path, int expectedProjects)
{
    if (!QFileInfo::exists(path))
        return Outcome::NoFile;
    Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(path, OpenMode::ExistingOnly);
    if (!opened)
        return Error::of(ErrorKind::Damaged, QStringLiteral("refused: ") + opened.error().message);
    Portfolio& p = **opened;
    Result<QStringList> damage = p.integrityCheck();
    if (!damage || !damage->isEmpty()) {
        return Error::of(ErrorKind::Damaged, QStringLiteral("integrity_check: ") +
                                                 (damage ? damage->join(QStringLiteral("; "))
                                                         : damage.error().message));
    }
    if (p.schemaVersion() != Schema::currentVersion)
        return Error::of(ErrorKind::Damaged, QStringLiteral("schema %1").arg(p.schemaVersion()));
    Result<QList<Segment>> segments = p.segments();
    if (!segments || segments->isEmpty())
        return Error::of(ErrorKind::Damaged, QStringLiteral("no segments"));
    if (!p.currentTemplate())
        return Error::of(ErrorKind::Damaged, QStringLiteral("no scoring template"));
    if (!p.blindScoring())
        return Error::of(ErrorKind::Damaged, QStringLiteral("no settings"));
    Result<int> count = p.projectCount(true);
    if (!count)
        return count.error();
    if (*count == 0)
        return Outcome::EmptyDatabase;
    if (*count == expectedProjects)
        return Outcome::FullDatabase;
    return Error::of(ErrorKind::Damaged,
                     QStringLiteral("%1 of %2 projects").arg(*count).arg(expectedProjects));
}

// Whether the next creation of the file works and clears away what a killed one left beside it.
bool createdAfterwardsAlone(const QString& path)
{
    if (!Portfolio::open(path, OpenMode::CreateIfMissing))
        return false;
    const QStringList left = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
    return left == QStringList{QFileInfo(path).fileName()};
}

// Runs one creation to its end and returns how long it took, or -1 when it failed.
qint64 runToTheEnd(const Creation& c, const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), path} + c.arguments);
    return run.exitCode == 0 ? clock.elapsed() : -1;
}

void killDuring(const Creation& c, const QString& folder, SplitMix64& random, Tally* tally)
{
    const QString path = folder + QStringLiteral("/new/pipeline.tollgate");
    QDir(folder + QStringLiteral("/new")).removeRecursively();
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOLLGATE_ANALYST"), QStringLiteral("kills"));
    cli.setProcessEnvironment(environment);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(TOLLGATE_CLI_PATH),
              QStringList{QStringLiteral("--db"), path} + c.arguments);
    if (!cli.waitForStarted(10000)) {
        tally->problems << QStringLiteral("tollgate-cli does not start");
        return;
    }
    // A moment anywhere in the run: from the program's start to just past its usual end.
    const quint64 window = quint64(c.fullRunMs) * 1100 + 1000;
    QThread::usleep(static_cast<unsigned long>(random.below(window)));
    if (cli.state() == QProcess::Running)
        ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
    cli.waitForFinished(10000);
    ++tally->kills;

    const QStringList left =
        QDir(folder + QStringLiteral("/new")).entryList(QDir::Files | QDir::Hidden);
    // Anything beside a finished database (a journal, an empty file, a file under another
    // name, or something with no database at all) means the kill fell inside the creation.
    const bool finished = QFileInfo(path).size() > 0 &&
                          !QFileInfo::exists(path + QStringLiteral("-journal")) &&
                          left == QStringList{QFileInfo(path).fileName()};
    if (!left.isEmpty() && !finished)
        ++tally->insideCreation;

    Result<Outcome> outcome = judge(path, c.projects);
    if (!outcome) {
        tally->problems << QStringLiteral("kill %1 (%2): %3; left: %4")
                               .arg(tally->kills)
                               .arg(c.arguments.join(QLatin1Char(' ')), outcome.error().message,
                                    left.join(QStringLiteral(", ")));
        return;
    }
    switch (*outcome) {
    case Outcome::NoFile:
        ++tally->noFile;
        if (!left.isEmpty() && !createdAfterwardsAlone(path))
            tally->problems << QStringLiteral("kill %1: the next creation kept what the killed "
                                              "one left: %2")
                                   .arg(tally->kills)
                                   .arg(left.join(QStringLiteral(", ")));
        break;
    case Outcome::EmptyDatabase:
        ++tally->emptyDatabase;
        break;
    case Outcome::FullDatabase:
        ++tally->fullDatabase;
        break;
    }
}

} // namespace

class TestCreationKills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The file to import: the bundled sample portfolio, exported by the real program.
        const QString source = m_dir.filePath(QStringLiteral("source.tollgate"));
        m_importFile = m_dir.filePath(QStringLiteral("portfolio.json"));
        const CliRun sample = runCli({QStringLiteral("--db"), source, QStringLiteral("sample")});
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
        const CliRun exported =
            runCli({QStringLiteral("--db"), source, QStringLiteral("export"), m_importFile});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(source, OpenMode::ExistingOnly);
        QVERIFY(opened);
        m_sampleProjects = *(*opened)->projectCount(true);
        QVERIFY(m_sampleProjects > 0);
    }

    void aKillWhileCreatingLeavesNoFileOrAWholeOne()
    {
        QList<Creation> creations{
            {{QStringLiteral("init")}, 0, 0},
            {{QStringLiteral("sample")}, m_sampleProjects, 0},
            {{QStringLiteral("import"), m_importFile}, m_sampleProjects, 0},
        };
        // Each creation once to its end: how long it runs sets the window the kills fall in.
        for (Creation& c : creations) {
            const QString path = m_dir.filePath(QStringLiteral("timed.tollgate"));
            c.fullRunMs = runToTheEnd(c, path);
            QVERIFY2(c.fullRunMs >= 0, qPrintable(c.arguments.join(QLatin1Char(' '))));
            QVERIFY(QFile::remove(path));
        }
        const int kills = qEnvironmentVariableIntValue("TOLLGATE_CREATION_KILLS") > 0
                              ? qEnvironmentVariableIntValue("TOLLGATE_CREATION_KILLS")
                              : kKills;
        SplitMix64 random(20261130);
        Tally tally;
        const QString folder = m_dir.filePath(QStringLiteral("kills"));
        for (int i = 0; i < kills; ++i)
            killDuring(creations.at(i % creations.size()), folder, random, &tally);
        qInfo("kills %d: refused or misread %d, no file %d, whole and empty %d, whole with every "
              "project %d; "
              "inside the creation %d (runs to the end: init %lld ms, sample %lld ms, "
              "import %lld ms)",
              tally.kills, int(tally.problems.size()), tally.noFile, tally.emptyDatabase,
              tally.fullDatabase, tally.insideCreation, creations.at(0).fullRunMs,
              creations.at(1).fullRunMs, creations.at(2).fullRunMs);
        QVERIFY2(tally.problems.isEmpty(), qPrintable(tally.problems.join(QLatin1Char('\n'))));
        QCOMPARE(tally.kills, kills);
        // The kills landed before, inside and after the creation.
        QVERIFY(tally.noFile > 0);
        QVERIFY(tally.insideCreation > 0);
        QVERIFY(tally.emptyDatabase > 0);
        QVERIFY(tally.fullDatabase > 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_importFile;
    int m_sampleProjects = 0;
};

QTEST_GUILESS_MAIN(TestCreationKills)
#include "TestCreationKills.moc"
