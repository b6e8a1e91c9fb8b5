// sample: fills an empty database with the bundled sample portfolio, or with N synthetic projects
// for load tests (SPEC §8, §9).
#include "cli/Arguments.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/DatabaseAccess.h"
#include "core/Clock.h"
#include "sample/BundledSample.h"
#include "sample/SyntheticPortfolio.h"

#include <limits>

namespace tollgate::cli
{

namespace
{

// A generous ceiling: a million projects is ten times the benchmark and still fits in memory.
constexpr qint64 kMostProjects = 1000000;
// Without --seed, synthetic portfolios are still reproducible.
constexpr quint32 kDefaultSeed = 1;

struct SampleRequest {
    int projects = 0; // 0: the bundled sample
    quint32 seed = kDefaultSeed;
};

Result<SampleRequest> readRequest(const Invocation& inv)
{
    SampleRequest request;
    const QString projects = QStringLiteral("projects");
    const QString seed = QStringLiteral("seed");
    if (inv.has(projects)) {
        const auto n = wholeNumber(inv.value(projects), 0, kMostProjects);
        if (!n) {
            return Error::at(projects, CliText::tr("--projects must be a whole number from 0 to "
                                                   "%1; got '%2'.")
                                           .arg(kMostProjects)
                                           .arg(inv.value(projects)));
        }
        request.projects = static_cast<int>(*n);
    }
    if (inv.has(seed)) {
        const auto s = wholeNumber(inv.value(seed), 0, std::numeric_limits<quint32>::max());
        if (!s) {
            return Error::at(seed, CliText::tr("--seed must be a whole number from 0 to %1; got "
                                               "'%2'.")
                                       .arg(std::numeric_limits<quint32>::max())
                                       .arg(inv.value(seed)));
        }
        if (request.projects == 0) {
            return Error::at(seed, CliText::tr("--seed applies only to a synthetic portfolio "
                                               "(--projects N above 0)."));
        }
        request.seed = static_cast<quint32>(*s);
    }
    return request;
}

Result<PortfolioDocument> sampleDocument(const Portfolio& portfolio, const SampleRequest& request)
{
    if (request.projects > 0)
        return generateSyntheticPortfolio(request.projects, request.seed, Clock::today());
    const Result<QList<Segment>> segments = portfolio.segments();
    if (!segments)
        return segments.error();
    const Result<Template> scoringTemplate = portfolio.currentTemplate();
    if (!scoringTemplate)
        return scoringTemplate.error();
    return bundledSamplePortfolio(*segments, *scoringTemplate);
}

} // namespace

int runSample(const Invocation& inv)
{
    const Result<SampleRequest> request = readRequest(inv);
    if (!request)
        return usageError(inv, request.error().message);

    const auto portfolio = openDatabase(inv, OpenMode::CreateIfMissing);
    if (!portfolio)
        return userError(portfolio.error());
    const QString path = displayPath((*portfolio)->path());

    // The sample is for a new database: mixing it into real work would blur both, so a database
    // that holds any project is refused rather than added to.
    const Result<qsizetype> existing = projectCount(**portfolio);
    if (!existing)
        return userError(existing.error());
    if (*existing > 0) {
        return userError(CliText::tr("%1 is not empty (projects: %2); the sample goes only into "
                                     "an empty database (name a new file with --db).")
                             .arg(path)
                             .arg(*existing));
    }

    const Result<PortfolioDocument> document = sampleDocument(**portfolio, *request);
    if (!document)
        return userError(document.error());
    ImportStats stats;
    if (const Status s = (*portfolio)->importDocument(*document, commandLineAnalyst(), &stats); !s)
        return userError(s.error());
    printOut(CliText::tr("Added %1 projects, %2 scorecards and %3 meetings to %4.\n")
                 .arg(stats.projects)
                 .arg(stats.scorecards)
                 .arg(stats.meetings)
                 .arg(path));
    return Success;
}

} // namespace tollgate::cli
