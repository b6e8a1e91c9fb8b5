// libFuzzer target: the portfolio JSON importer (SPEC §8) on arbitrary bytes. Whatever it
// accepts must write back out and read again as the same projects and meetings.

#include "FuzzInputs.h"

#include "exchange/PortfolioJson.h"

using namespace tollgate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Result<PortfolioDocument> read =
        readPortfolioJson(fuzzBytes(data, size), fuzzSegments(), fuzzTemplate());
    if (!read)
        return 0;
    const QByteArray written = writePortfolioJson(*read);
    Result<PortfolioDocument> again = readPortfolioJson(written, fuzzSegments(), fuzzTemplate());
    fuzzCheck(again.ok(), "a written document does not read back");
    fuzzCheck(again->projects.size() == read->projects.size(), "project count changed");
    fuzzCheck(again->meetings.size() == read->meetings.size(), "meeting count changed");
    for (qsizetype i = 0; i < read->projects.size(); ++i) {
        const ProjectBundle& a = read->projects.at(i);
        const ProjectBundle& b = again->projects.at(i);
        fuzzCheck(a.project.name == b.project.name, "a project name changed");
        fuzzCheck(a.scorecards.size() == b.scorecards.size(), "scorecard count changed");
    }
    fuzzCheck(writePortfolioJson(*again) == written, "a second write differs from the first");
    return 0;
}
