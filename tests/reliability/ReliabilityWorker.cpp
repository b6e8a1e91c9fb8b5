// tollgate-reliability-worker: a child process for the reliability tests. It edits a database
// the way the app does (each edit its own transaction, imports in one transaction) and prints
// one line per acknowledged commit, written straight to the pipe the moment the commit
// returned, so that a test which kills it with SIGKILL knows exactly what it was told was
// stored.
//
//   tollgate-reliability-worker edits FILE SEED [OPS]   random edits and imports; OPS=0: forever
//   tollgate-reliability-worker touch FILE ID TEXT      one project edit (another "window")
//   tollgate-reliability-worker piecemeal FILE SEED     imports only, each project committed on
//                                                       its own: what an import without its
//                                                       transaction would do (the harness must
//                                                       catch it)
//
// Acknowledgements (one line each):
//   ready                       the database is open
//   created ID NAME             a project was created
//   updated ID REVISION         a project's description now holds REVISION
//   scorecard PROJECT_ID ID     a scorecard was added
//   imported PREFIX COUNT       an import of COUNT projects named "PREFIX-k" was committed
//   error MESSAGE               an edit failed (the worker exits 3)

#include "domain/Portfolio.h"
#include "domain/Segment.h"
#include "sample/SplitMix64.h"
#include "storage/Portfolio.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <unistd.h>

using namespace tollgate;

namespace
{

const QString kAnalyst = QStringLiteral("陈思远");
constexpr int kImportSize = 20;

// Unbuffered: a line is in the pipe before the next edit starts.
void acknowledge(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written,
                                  static_cast<size_t>(bytes.size() - written));
        if (n <= 0)
            ::_exit(4);
        written += n;
    }
}

[[noreturn]] void fail(const Error& error)
{
    acknowledge(QStringLiteral("error ") + error.message);
    ::_exit(3);
}

Project newProject(const QString& name, const QString& segment)
{
    Project p;
    p.name = name;
    p.segmentKey = segment;
    p.stage = Stage::Screening;
    p.city = QStringLiteral("深圳");
    p.description = QStringLiteral("0");
    p.leadAnalyst = kAnalyst;
    p.tags = QStringList{QStringLiteral("触觉"), QStringLiteral("AI")};
    return p;
}

Scorecard newScorecard(qint64 projectId, SplitMix64& random)
{
    static const QStringList keys{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3"),
                                  QStringLiteral("M4"), QStringLiteral("M5"), QStringLiteral("M6"),
                                  QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                                  QStringLiteral("C4"), QStringLiteral("C5"), QStringLiteral("C6")};
    Scorecard s;
    s.projectId = projectId;
    s.analyst = kAnalyst;
    s.date = QDate(2026, 5, 14);
    for (const QString& key : keys) {
        CriterionEntry e;
        e.score = random.between(0, 5);
        e.evidence = QStringLiteral("证据 evidence");
        s.entries.insert(key, e);
    }
    s.market.tamCny = 3.2e9;
    return s;
}

PortfolioDocument newImport(const QString& prefix, const QList<Segment>& segments,
                            SplitMix64& random)
{
    PortfolioDocument doc;
    for (int k = 0; k < kImportSize; ++k) {
        ProjectBundle bundle;
        bundle.project = newProject(QStringLiteral("%1-%2").arg(prefix).arg(k),
                                    segments.at(k % segments.size()).key);
        bundle.project.id = k + 1;
        bundle.scorecards << newScorecard(0, random);
        doc.projects.append(std::move(bundle));
    }
    return doc;
}

// An import without its enclosing transaction: each project and its scorecard committed alone.
Status importPiecemeal(Portfolio& portfolio, const PortfolioDocument& doc)
{
    for (const ProjectBundle& bundle : doc.projects) {
        Result<qint64> id = portfolio.createProject(bundle.project, kAnalyst);
        if (!id)
            return id.error();
        for (Scorecard s : bundle.scorecards) {
            s.projectId = *id;
            if (Result<qint64> card = portfolio.addScorecard(s, kAnalyst); !card)
                return card.error();
        }
    }
    return {};
}

int runEdits(const QString& file, quint64 seed, int ops, bool piecemeal = false)
{
    Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(file, OpenMode::CreateIfMissing);
    if (!opened)
        fail(opened.error());
    Portfolio& portfolio = **opened;
    acknowledge(QStringLiteral("ready"));
    const QList<Segment> segments = defaultSegments();
    SplitMix64 random(seed);
    QList<qint64> mine; // projects this worker created: only it edits them
    for (int i = 0; ops == 0 || i < ops; ++i) {
        const int choice = piecemeal ? 9 : random.below(10);
        if (choice < 4 || mine.isEmpty()) {
            const QString name = QStringLiteral("w%1-%2").arg(seed).arg(i);
            Result<qint64> id = portfolio.createProject(
                newProject(name, segments.at(random.below(int(segments.size()))).key), kAnalyst);
            if (!id)
                fail(id.error());
            mine << *id;
            acknowledge(QStringLiteral("created %1 %2").arg(*id).arg(name));
        } else if (choice < 7) {
            const qint64 id = mine.at(random.below(int(mine.size())));
            Result<Project> p = portfolio.project(id);
            if (!p)
                fail(p.error());
            const int revision = p->description.toInt() + 1;
            p->description = QString::number(revision);
            if (Status s = portfolio.updateProject(*p, kAnalyst); !s)
                fail(s.error());
            acknowledge(QStringLiteral("updated %1 %2").arg(id).arg(revision));
        } else if (choice < 8) {
            const qint64 id = mine.at(random.below(int(mine.size())));
            Result<qint64> card = portfolio.addScorecard(newScorecard(id, random), kAnalyst);
            if (!card)
                fail(card.error());
            acknowledge(QStringLiteral("scorecard %1 %2").arg(id).arg(*card));
        } else {
            const QString prefix = QStringLiteral("b%1-%2").arg(seed).arg(i);
            const PortfolioDocument doc = newImport(prefix, segments, random);
            if (Status s = piecemeal ? importPiecemeal(portfolio, doc)
                                     : portfolio.importDocument(doc, kAnalyst);
                !s)
                fail(s.error());
            acknowledge(QStringLiteral("imported %1 %2").arg(prefix).arg(kImportSize));
        }
    }
    return 0;
}

// Another window's edit of one project: its description becomes TEXT.
int runTouch(const QString& file, qint64 id, const QString& text)
{
    Result<std::unique_ptr<Portfolio>> opened = Portfolio::open(file, OpenMode::ExistingOnly);
    if (!opened)
        fail(opened.error());
    Result<Project> p = (*opened)->project(id);
    if (!p)
        fail(p.error());
    p->description = text;
    if (Status s = (*opened)->updateProject(*p, QStringLiteral("林晓")); !s)
        fail(s.error());
    acknowledge(QStringLiteral("updated %1 %2").arg(id).arg(text));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args.at(0) == QStringLiteral("edits"))
        return runEdits(args.at(1), args.at(2).toULongLong(),
                        args.size() > 3 ? args.at(3).toInt() : 0);
    if (args.size() == 3 && args.at(0) == QStringLiteral("piecemeal"))
        return runEdits(args.at(1), args.at(2).toULongLong(), 0, true);
    if (args.size() == 4 && args.at(0) == QStringLiteral("touch"))
        return runTouch(args.at(1), args.at(2).toLongLong(), args.at(3));
    acknowledge(QStringLiteral("usage: tollgate-reliability-worker edits FILE SEED [OPS] | "
                               "touch FILE ID TEXT"));
    return 2;
}
