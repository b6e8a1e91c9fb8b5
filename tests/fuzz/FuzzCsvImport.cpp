// libFuzzer target: the project CSV importer (SPEC §8) on arbitrary bytes. Besides not
// crashing (AddressSanitizer, UndefinedBehaviorSanitizer), whatever it accepts must survive a
// round trip: exported and read again, the same projects with the same names, and the CSV
// layer itself must give back exactly the records it wrote.

#include "FuzzInputs.h"

#include "exchange/Csv.h"
#include "exchange/ProjectCsv.h"
#include "exchange/TextEncoding.h"

#include <cstdlib>

using namespace tollgate;

namespace
{

void checkCsvLayer(const QString& text)
{
    Result<QList<CsvRecord>> records = parseCsv(text);
    if (!records)
        return;
    QList<QStringList> rows;
    for (const CsvRecord& r : std::as_const(*records)) {
        // A record of one empty field is an empty line, which readers skip by design.
        if (!(r.fields.size() == 1 && r.fields.first().isEmpty()))
            rows << r.fields;
    }
    Result<QString> written = decodeText(writeCsv(rows), TextEncoding::Utf8);
    fuzzCheck(written.ok(), "writeCsv output is not UTF-8");
    Result<QList<CsvRecord>> again = parseCsv(*written);
    fuzzCheck(again.ok(), "writeCsv output does not parse");
    fuzzCheck(again->size() == rows.size(), "record count changed in a round trip");
    for (qsizetype i = 0; i < rows.size(); ++i)
        fuzzCheck(again->at(i).fields == rows.at(i), "a record changed in a round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (Result<QString> text = decodeText(bytes, TextEncoding::Auto); text)
        checkCsvLayer(*text);

    Result<ProjectCsvImport> read =
        readProjectCsv(bytes, TextEncoding::Auto, fuzzSegments(), fuzzTemplate(),
                       QStringLiteral("fuzz"), QDate(2026, 6, 1));
    if (!read)
        return 0;
    (void)read->errors();
    (void)writeRejectsCsv(read->header, read->rejected);
    QList<ProjectCsvRow> rows;
    for (const ProjectBundle& bundle : std::as_const(read->projects))
        rows << projectCsvRow(fuzzTemplate(), bundle, 2026);
    const QByteArray exported = writeProjectCsv(rows);
    Result<ProjectCsvImport> again =
        readProjectCsv(exported, TextEncoding::Utf8, fuzzSegments(), fuzzTemplate(),
                       QStringLiteral("fuzz"), QDate(2026, 6, 1));
    fuzzCheck(again.ok(), "an exported CSV does not import");
    fuzzCheck(!again->hasErrors(), "an exported CSV has rejected rows");
    fuzzCheck(again->projects.size() == read->projects.size(), "project count changed");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        fuzzCheck(again->projects.at(i).project.name == read->projects.at(i).project.name,
                  "a project name changed in a round trip");
        fuzzCheck(again->projects.at(i).project.description ==
                      read->projects.at(i).project.description,
                  "a description changed in a round trip");
    }
    return 0;
}
