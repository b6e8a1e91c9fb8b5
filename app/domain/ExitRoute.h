#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace tollgate
{

// The exit routes offered: stored as the code ("STAR", as in the sample and in CSV files) and
// shown in the language of the translations installed ("科创板"), so a database reads the same
// whoever typed into it, and the form and the memo name a route alike. Any other route is free
// text, kept and shown as typed.
class ExitRoute
{
    Q_DECLARE_TR_FUNCTIONS(ExitRoute)
public:
    // Each offered route: its stored code and the name it is shown by.
    static QList<std::pair<QString, QString>> offered();
    static QString shown(const QString& stored);
    static QString stored(const QString& shown);
};

} // namespace tollgate
