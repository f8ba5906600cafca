/* IHttpPerfCounterInfo of the server and of the site: counters by index that modules
 * raise and lower from any thread; the embedding program reads them. */
#include "bridge.h"

namespace w3b
{

VOID PerfCounters::IncrementCounter(DWORD index, DWORD value)
{
    if (index < W3B_PERF_COUNTER_COUNT)
        InterlockedExchangeAdd64(&values_[index], static_cast<LONG64>(value));
    else
        W3B_NOT_SUPPORTED(server_, "a performance counter index at or above 64");
}

VOID PerfCounters::DecrementCounter(DWORD index, DWORD value)
{
    if (index < W3B_PERF_COUNTER_COUNT)
        InterlockedExchangeAdd64(&values_[index], -static_cast<LONG64>(value));
    else
        W3B_NOT_SUPPORTED(server_, "a performance counter index at or above 64");
}

LONG64 PerfCounters::value(DWORD index)
{
    if (index >= W3B_PERF_COUNTER_COUNT)
        return 0;
    return InterlockedExchangeAdd64(&values_[index], 0);
}

IHttpPerfCounterInfo *Site::GetPerfCounterInfo()
{
    return &counters_;
}

IHttpPerfCounterInfo *Server::GetPerfCounterInfo()
{
    return &counters_;
}

} // namespace w3b

extern "C" long long w3_server_perf_counter(w3_server *server, int scope, unsigned index)
{
    w3b::Server *s = w3b::server_of(server);
    if (s == NULL)
        return 0;
    w3b::PerfCounters &counters = scope == W3_PERF_SITE ? s->site.counters() : s->counters();
    return counters.value(index);
}
