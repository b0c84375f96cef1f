#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

// skops-inspect: dispatches `tree`, `audit` and `arrays`, and answers
// --help and --version.
class InspectCli
{
    Q_DECLARE_TR_FUNCTIONS(InspectCli)

public:
    int run(const QStringList &arguments);

private:
    CliIo m_io;
};
