/* Response header rules from the IIS configuration system, the shape of modules such as
 * StripHeaders: at OnBeginRequest the module reads its section, system.webServer/
 * headerRules (schema: header_rules_schema.xml), as it applies to the request's URL
 * (applicationHost.config, <location>s, the web.config files down the folders), and at
 * OnSendResponse it removes or sets the headers the rules name:
 *
 *   <headerRules enabled="true">
 *     <add name="Server" />                              (action="Remove" by default)
 *     <add name="X-Frame-Options" action="Set" value="DENY" />
 *   </headerRules>
 */
#include <windows.h>
#include <ahadmin.h>
#include <httpserv.h>

#include <new>
#include <stdlib.h>
#include <string.h>

static IHttpServer *g_server;

enum { RULE_REMOVE = 0, RULE_SET = 1, MAX_RULES = 32 };

struct Rule {
    char *name;
    char *value;
    LONG action;
};

/* A property of a configuration element as a VARIANT (VariantClear it). */
static HRESULT read_property(IAppHostElement *element, const wchar_t *name, VARIANT *value)
{
    IAppHostProperty *property = NULL;
    BSTR text = SysAllocString(name);
    HRESULT hr = text != NULL ? element->GetPropertyByName(text, &property) : E_OUTOFMEMORY;
    SysFreeString(text);
    VariantInit(value);
    if (SUCCEEDED(hr)) {
        hr = property->get_Value(value);
        property->Release();
    }
    return hr;
}

/* A VT_BSTR value as narrow text in the request's memory. */
static char *request_text(IHttpContext *context, const VARIANT &value)
{
    if (V_VT(&value) != VT_BSTR || V_BSTR(&value) == NULL)
        return NULL;
    int n = WideCharToMultiByte(CP_UTF8, 0, V_BSTR(&value), -1, NULL, 0, NULL, NULL);
    char *text = n > 0 ? static_cast<char *>(context->AllocateRequestMemory((DWORD)n)) : NULL;
    if (text != NULL)
        WideCharToMultiByte(CP_UTF8, 0, V_BSTR(&value), -1, text, n, NULL, NULL);
    return text;
}

class HeaderRulesModule : public CHttpModule
{
  public:
    REQUEST_NOTIFICATION_STATUS OnBeginRequest(IHttpContext *context, IHttpEventProvider *) override
    {
        IAppHostAdminManager *manager = g_server->GetAdminManager(); /* not to be released */
        IMetadataInfo *metadata = context->GetMetadata();
        if (manager == NULL || metadata == NULL)
            return RQ_NOTIFICATION_CONTINUE;
        BSTR section_name = SysAllocString(L"system.webServer/headerRules");
        BSTR path = SysAllocString(metadata->GetMetaPath());
        IAppHostElement *section = NULL;
        HRESULT hr = manager->GetAdminSection(section_name, path, &section);
        SysFreeString(section_name);
        SysFreeString(path);
        if (FAILED(hr))
            return RQ_NOTIFICATION_CONTINUE; /* no configuration: no rules */
        VARIANT enabled;
        if (SUCCEEDED(read_property(section, L"enabled", &enabled)) && V_VT(&enabled) == VT_BOOL &&
            V_BOOL(&enabled) == VARIANT_TRUE)
            read_rules(context, section);
        VariantClear(&enabled);
        section->Release();
        return RQ_NOTIFICATION_CONTINUE;
    }

    REQUEST_NOTIFICATION_STATUS OnSendResponse(IHttpContext *context,
                                               ISendResponseProvider *) override
    {
        IHttpResponse *response = context->GetResponse();
        for (unsigned i = 0; i < count_; i++) {
            if (rules_[i].action == RULE_SET && rules_[i].value != NULL)
                response->SetHeader(rules_[i].name, rules_[i].value,
                                    (USHORT)strlen(rules_[i].value), TRUE);
            else if (rules_[i].action == RULE_REMOVE)
                response->DeleteHeader(rules_[i].name);
        }
        return RQ_NOTIFICATION_CONTINUE;
    }

    VOID Dispose() override { this->~HeaderRulesModule(); }

  private:
    void read_rules(IHttpContext *context, IAppHostElement *section)
    {
        IAppHostElementCollection *rules = NULL;
        DWORD count = 0;
        if (FAILED(section->get_Collection(&rules)))
            return;
        if (SUCCEEDED(rules->get_Count(&count)))
            for (DWORD i = 0; i < count && count_ < MAX_RULES; i++) {
                VARIANT index;
                V_VT(&index) = VT_UI4;
                V_UI4(&index) = i;
                IAppHostElement *rule = NULL;
                if (FAILED(rules->get_Item(index, &rule)))
                    continue;
                VARIANT name, action, value;
                if (SUCCEEDED(read_property(rule, L"name", &name)) &&
                    SUCCEEDED(read_property(rule, L"action", &action)) &&
                    SUCCEEDED(read_property(rule, L"value", &value))) {
                    Rule &r = rules_[count_];
                    r.name = request_text(context, name);
                    r.value = request_text(context, value);
                    r.action = V_VT(&action) == VT_I4 ? V_I4(&action) : (LONG)RULE_REMOVE;
                    if (r.name != NULL && r.name[0] != '\0')
                        count_++;
                    VariantClear(&value);
                }
                VariantClear(&name);
                VariantClear(&action);
                rule->Release();
            }
        rules->Release();
    }

    Rule rules_[MAX_RULES];
    unsigned count_ = 0;
};

class HeaderRulesFactory : public IHttpModuleFactory
{
  public:
    HRESULT GetHttpModule(CHttpModule **module, IModuleAllocator *allocator) override
    {
        void *memory = allocator->AllocateMemory(sizeof(HeaderRulesModule));
        if (memory == NULL)
            return E_OUTOFMEMORY;
        *module = new (memory) HeaderRulesModule;
        return S_OK;
    }
    VOID Terminate() override { delete this; }
};

HRESULT WINAPI RegisterModule(DWORD, IHttpModuleRegistrationInfo *info, IHttpServer *server)
{
    g_server = server;
    return info->SetRequestNotifications(new HeaderRulesFactory,
                                         RQ_BEGIN_REQUEST | RQ_SEND_RESPONSE, 0);
}
