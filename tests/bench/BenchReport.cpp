#include "BenchReport.h"

#include <QJsonValue>

namespace tollgate::bench
{

Figure figureOf(const QString& key, const QString& what, const Timing& timing,
                std::optional<double> target, bool inSeconds)
{
    const double scale = inSeconds ? 1e-3 : 1.0;
    Figure figure{key,          what,   std::nullopt,
                  std::nullopt, target, static_cast<int>(timing.wallMs.size())};
    if (!timing.wallMs.isEmpty()) {
        figure.value = timing.medianWallMs() * scale;
        if (timing.medianCpuMs() > 0)
            figure.cpu = timing.medianCpuMs() * scale;
    }
    return figure;
}

QString reportTable(const QList<Figure>& figures)
{
    auto number = [](std::optional<double> v) {
        return v ? QString::number(*v, 'f', *v < 10 ? 2 : 1) : QStringLiteral("-");
    };
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("key"), -22)
                       .arg(QStringLiteral("median"), 10)
                       .arg(QStringLiteral("cpu"), 10)
                       .arg(QStringLiteral("target"), 8)
                       .arg(QStringLiteral("runs"), 5)
                       .arg(QStringLiteral("  what"));
    for (const Figure& f : figures) {
        QString verdict;
        if (f.target && f.value)
            verdict = *f.value <= *f.target ? QStringLiteral("ok  ") : QStringLiteral("MISS");
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(f.key.isEmpty() ? QStringLiteral("-") : f.key, -22)
                    .arg(number(f.value), 10)
                    .arg(number(f.cpu), 10)
                    .arg(number(f.target), 8)
                    .arg(f.runs, 5)
                    .arg(verdict, 4)
                    .arg(f.what);
    }
    return text;
}

QJsonObject reportJson(const QList<Figure>& figures)
{
    QJsonObject json;
    for (const Figure& f : figures) {
        if (!f.key.isEmpty())
            json.insert(f.key, f.value ? QJsonValue(*f.value) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

} // namespace tollgate::bench
