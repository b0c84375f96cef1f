#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

// skops-inspect audit FILE [--json | --sarif] [--trust NAME]... [--policy POLICY.json] [--profile P]
// Exit status: 0 nothing untrusted remains, 1 some remain, 2 unusable input
// (the file, or a missing or malformed policy).
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(CliIo &io, const QStringList &arguments);
};
