#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

// skops-inspect audit FILE [--json] [--trust NAME]... [--profile P]
// Exit status: 0 nothing untrusted remains, 1 some remain, 2 unusable input.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(CliIo &io, const QStringList &arguments);
};
