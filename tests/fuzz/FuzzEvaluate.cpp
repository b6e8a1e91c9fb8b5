// libFuzzer target: `tollgate-cli evaluate`'s input (SPEC §8) on arbitrary bytes: the request
// is read, evaluated and answered as the command does. An accepted request always gives an
// answer whose scores lie in 0..100.

#include "FuzzInputs.h"

#include "scoring/Evaluation.h"
#include "scoring/EvaluationRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace tollgate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Result<EvaluationRequest> request = parseEvaluationRequest(fuzzBytes(data, size));
    if (!request)
        return 0;
    const Evaluation e = evaluate(request->scoringTemplate, request->input);
    const QJsonObject answer = evaluationToJson(e);
    for (const char* key : {"market_score", "cost_score", "composite"}) {
        const QJsonValue v = answer.value(QLatin1String(key));
        fuzzCheck(v.isNull() || (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 100),
                  "a score outside 0..100");
    }
    (void)QJsonDocument(answer).toJson(QJsonDocument::Compact);
    return 0;
}
