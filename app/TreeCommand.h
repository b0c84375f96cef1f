#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

// skops-inspect tree FILE [--show all|untrusted|trusted] [--profile P]
class TreeCommand
{
    Q_DECLARE_TR_FUNCTIONS(TreeCommand)

public:
    static int run(CliIo &io, const QStringList &arguments);
};
