#pragma once

#include <QCoreApplication>

namespace tollgate::cli
{

// The translation context of every message the command line prints: CliText::tr("…").
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(tollgate_cli)
};

} // namespace tollgate::cli
