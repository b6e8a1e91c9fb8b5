#pragma once

#include <QAbstractSeries>
#include <QChart>
#include <QString>

namespace tollgate::test
{

// The series of a chart with the given legend name, as the expected type; nullptr if none.
template <typename Series>
Series* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->name() == name)
            return qobject_cast<Series*>(s);
    return nullptr;
}

} // namespace tollgate::test
