/* ahadmin.h's C form: each method's function pointer sits in the vtable slot that the
 * C++ form and the IIS SDK give it (the slots are those of vtable_order_test.cpp), and the
 * COBJMACROS call macros compile. */
#define COBJMACROS
#include <stddef.h>
#include <string.h>
#include <windows.h>
#include <ahadmin.h>

#include "w3test.h"

#define SLOT(iface, method, n) W3_CHECK_EQ(offsetof(iface##Vtbl, method), (n) * sizeof(void *))

/* A call through a macro reaches the vtable entry of that name. */
static HRESULT STDMETHODCALLTYPE fake_get_property(IAppHostElement *This, BSTR name,
                                                   IAppHostProperty **property)
{
    (void)This;
    *property = NULL;
    return SysStringLen(name) == 7 ? S_FALSE : E_FAIL;
}

W3_TEST(call_macros_use_the_vtable)
{
    IAppHostElementVtbl vtbl;
    memset(&vtbl, 0, sizeof vtbl);
    vtbl.GetPropertyByName = fake_get_property;
    IAppHostElement element = {&vtbl};
    IAppHostProperty *property = (IAppHostProperty *)&element;
    BSTR name = SysAllocString(L"enabled");
    W3_CHECK_EQ(IAppHostElement_GetPropertyByName(&element, name, &property), S_FALSE);
    W3_CHECK(property == NULL);
    SysFreeString(name);
}

W3_TEST(ids)
{
    const IID element = {
        0x64ff8ccc, 0xb287, 0x4dae, {0xb0, 0x8a, 0xa7, 0x2c, 0xbf, 0x45, 0xf4, 0x53}};
    const CLSID manager = {
        0x228fb8f7, 0xfb53, 0x4fd5, {0x8c, 0x7b, 0xff, 0x59, 0xde, 0x60, 0x6c, 0x5b}};
    W3_CHECK(IsEqualIID(&IID_IAppHostElement, &element));
    W3_CHECK(IsEqualCLSID(&CLSID_AppHostAdminManager, &manager));
    W3_CHECK(!IsEqualCLSID(&CLSID_AppHostWritableAdminManager, &manager));
}

W3_TEST(IAppHostMethodExtension)
{
    SLOT(IAppHostMethodExtension, ProvideMethod, 3);
    W3_CHECK_EQ(sizeof(IAppHostMethodExtensionVtbl), 4 * sizeof(void *));
}

W3_TEST(IAppHostPropertyExtension)
{
    SLOT(IAppHostPropertyExtension, ProvideGetProperty, 3);
    W3_CHECK_EQ(sizeof(IAppHostPropertyExtensionVtbl), 4 * sizeof(void *));
}

W3_TEST(IAppHostElementExtension)
{
    SLOT(IAppHostElementExtension, ProvideElement, 3);
    W3_CHECK_EQ(sizeof(IAppHostElementExtensionVtbl), 4 * sizeof(void *));
}

W3_TEST(IAppHostMappingExtension)
{
    SLOT(IAppHostMappingExtension, GetSiteNameFromSiteId, 3);
    SLOT(IAppHostMappingExtension, GetSiteIdFromSiteName, 4);
    SLOT(IAppHostMappingExtension, GetSiteElementFromSiteId, 5);
    SLOT(IAppHostMappingExtension, MapPath, 6);
    W3_CHECK_EQ(sizeof(IAppHostMappingExtensionVtbl), 7 * sizeof(void *));
}

W3_TEST(IAppHostChildElementCollection)
{
    SLOT(IAppHostChildElementCollection, get_Count, 3);
    SLOT(IAppHostChildElementCollection, get_Item, 4);
    W3_CHECK_EQ(sizeof(IAppHostChildElementCollectionVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostPropertyCollection)
{
    SLOT(IAppHostPropertyCollection, get_Count, 3);
    SLOT(IAppHostPropertyCollection, get_Item, 4);
    W3_CHECK_EQ(sizeof(IAppHostPropertyCollectionVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostConfigLocationCollection)
{
    SLOT(IAppHostConfigLocationCollection, get_Count, 3);
    SLOT(IAppHostConfigLocationCollection, get_Item, 4);
    SLOT(IAppHostConfigLocationCollection, AddLocation, 5);
    SLOT(IAppHostConfigLocationCollection, DeleteLocation, 6);
    SLOT(IAppHostConfigLocationCollection, RenameLocation, 7);
    W3_CHECK_EQ(sizeof(IAppHostConfigLocationCollectionVtbl), 8 * sizeof(void *));
}

W3_TEST(IAppHostMethodCollection)
{
    SLOT(IAppHostMethodCollection, get_Count, 3);
    SLOT(IAppHostMethodCollection, get_Item, 4);
    W3_CHECK_EQ(sizeof(IAppHostMethodCollectionVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostElementSchemaCollection)
{
    SLOT(IAppHostElementSchemaCollection, get_Count, 3);
    SLOT(IAppHostElementSchemaCollection, get_Item, 4);
    W3_CHECK_EQ(sizeof(IAppHostElementSchemaCollectionVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostPropertySchemaCollection)
{
    SLOT(IAppHostPropertySchemaCollection, get_Count, 3);
    SLOT(IAppHostPropertySchemaCollection, get_Item, 4);
    W3_CHECK_EQ(sizeof(IAppHostPropertySchemaCollectionVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostConstantValueCollection)
{
    SLOT(IAppHostConstantValueCollection, get_Count, 3);
    SLOT(IAppHostConstantValueCollection, get_Item, 4);
    W3_CHECK_EQ(sizeof(IAppHostConstantValueCollectionVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostConstantValue)
{
    SLOT(IAppHostConstantValue, get_Name, 3);
    SLOT(IAppHostConstantValue, get_Value, 4);
    W3_CHECK_EQ(sizeof(IAppHostConstantValueVtbl), 5 * sizeof(void *));
}

W3_TEST(IAppHostPropertySchema)
{
    SLOT(IAppHostPropertySchema, get_Name, 3);
    SLOT(IAppHostPropertySchema, get_Type, 4);
    SLOT(IAppHostPropertySchema, get_DefaultValue, 5);
    SLOT(IAppHostPropertySchema, get_IsRequired, 6);
    SLOT(IAppHostPropertySchema, get_IsUniqueKey, 7);
    SLOT(IAppHostPropertySchema, get_IsCombinedKey, 8);
    SLOT(IAppHostPropertySchema, get_IsExpanded, 9);
    SLOT(IAppHostPropertySchema, get_ValidationType, 10);
    SLOT(IAppHostPropertySchema, get_ValidationParameter, 11);
    SLOT(IAppHostPropertySchema, GetMetadata, 12);
    SLOT(IAppHostPropertySchema, get_IsCaseSensitive, 13);
    SLOT(IAppHostPropertySchema, get_PossibleValues, 14);
    SLOT(IAppHostPropertySchema, get_DoesAllowInfinite, 15);
    SLOT(IAppHostPropertySchema, get_IsEncrypted, 16);
    SLOT(IAppHostPropertySchema, get_TimeSpanFormat, 17);
    W3_CHECK_EQ(sizeof(IAppHostPropertySchemaVtbl), 18 * sizeof(void *));
}

W3_TEST(IAppHostCollectionSchema)
{
    SLOT(IAppHostCollectionSchema, get_AddElementNames, 3);
    SLOT(IAppHostCollectionSchema, GetAddElementSchema, 4);
    SLOT(IAppHostCollectionSchema, get_RemoveElementSchema, 5);
    SLOT(IAppHostCollectionSchema, get_ClearElementSchema, 6);
    SLOT(IAppHostCollectionSchema, get_IsMergeAppend, 7);
    SLOT(IAppHostCollectionSchema, GetMetadata, 8);
    SLOT(IAppHostCollectionSchema, get_DoesAllowDuplicates, 9);
    W3_CHECK_EQ(sizeof(IAppHostCollectionSchemaVtbl), 10 * sizeof(void *));
}

W3_TEST(IAppHostElementSchema)
{
    SLOT(IAppHostElementSchema, get_Name, 3);
    SLOT(IAppHostElementSchema, get_DoesAllowUnschematizedProperties, 4);
    SLOT(IAppHostElementSchema, GetMetadata, 5);
    SLOT(IAppHostElementSchema, get_CollectionSchema, 6);
    SLOT(IAppHostElementSchema, get_ChildElementSchemas, 7);
    SLOT(IAppHostElementSchema, get_PropertySchemas, 8);
    SLOT(IAppHostElementSchema, get_IsCollectionDefault, 9);
    W3_CHECK_EQ(sizeof(IAppHostElementSchemaVtbl), 10 * sizeof(void *));
}

W3_TEST(IAppHostMethodSchema)
{
    SLOT(IAppHostMethodSchema, get_Name, 3);
    SLOT(IAppHostMethodSchema, get_InputSchema, 4);
    SLOT(IAppHostMethodSchema, get_OutputSchema, 5);
    SLOT(IAppHostMethodSchema, GetMetadata, 6);
    W3_CHECK_EQ(sizeof(IAppHostMethodSchemaVtbl), 7 * sizeof(void *));
}

W3_TEST(IAppHostMethodInstance)
{
    SLOT(IAppHostMethodInstance, get_Input, 3);
    SLOT(IAppHostMethodInstance, get_Output, 4);
    SLOT(IAppHostMethodInstance, Execute, 5);
    SLOT(IAppHostMethodInstance, GetMetadata, 6);
    SLOT(IAppHostMethodInstance, SetMetadata, 7);
    W3_CHECK_EQ(sizeof(IAppHostMethodInstanceVtbl), 8 * sizeof(void *));
}

W3_TEST(IAppHostMethod)
{
    SLOT(IAppHostMethod, get_Name, 3);
    SLOT(IAppHostMethod, get_Schema, 4);
    SLOT(IAppHostMethod, CreateInstance, 5);
    W3_CHECK_EQ(sizeof(IAppHostMethodVtbl), 6 * sizeof(void *));
}

W3_TEST(IAppHostConfigException)
{
    SLOT(IAppHostConfigException, get_LineNumber, 3);
    SLOT(IAppHostConfigException, get_FileName, 4);
    SLOT(IAppHostConfigException, get_ConfigPath, 5);
    SLOT(IAppHostConfigException, get_ErrorLine, 6);
    SLOT(IAppHostConfigException, get_PreErrorLine, 7);
    SLOT(IAppHostConfigException, get_PostErrorLine, 8);
    SLOT(IAppHostConfigException, get_ErrorString, 9);
    W3_CHECK_EQ(sizeof(IAppHostConfigExceptionVtbl), 10 * sizeof(void *));
}

W3_TEST(IAppHostPropertyException)
{
    SLOT(IAppHostPropertyException, get_LineNumber, 3);
    SLOT(IAppHostPropertyException, get_FileName, 4);
    SLOT(IAppHostPropertyException, get_ConfigPath, 5);
    SLOT(IAppHostPropertyException, get_ErrorLine, 6);
    SLOT(IAppHostPropertyException, get_PreErrorLine, 7);
    SLOT(IAppHostPropertyException, get_PostErrorLine, 8);
    SLOT(IAppHostPropertyException, get_ErrorString, 9);
    SLOT(IAppHostPropertyException, get_InvalidValue, 10);
    SLOT(IAppHostPropertyException, get_ValidationFailureReason, 11);
    SLOT(IAppHostPropertyException, get_ValidationFailureParameters, 12);
    W3_CHECK_EQ(sizeof(IAppHostPropertyExceptionVtbl), 13 * sizeof(void *));
}

W3_TEST(IAppHostElementCollection)
{
    SLOT(IAppHostElementCollection, get_Count, 3);
    SLOT(IAppHostElementCollection, get_Item, 4);
    SLOT(IAppHostElementCollection, AddElement, 5);
    SLOT(IAppHostElementCollection, DeleteElement, 6);
    SLOT(IAppHostElementCollection, Clear, 7);
    SLOT(IAppHostElementCollection, CreateNewElement, 8);
    SLOT(IAppHostElementCollection, get_Schema, 9);
    W3_CHECK_EQ(sizeof(IAppHostElementCollectionVtbl), 10 * sizeof(void *));
}

W3_TEST(IAppHostElement)
{
    SLOT(IAppHostElement, get_Name, 3);
    SLOT(IAppHostElement, get_Collection, 4);
    SLOT(IAppHostElement, get_Properties, 5);
    SLOT(IAppHostElement, get_ChildElements, 6);
    SLOT(IAppHostElement, GetMetadata, 7);
    SLOT(IAppHostElement, SetMetadata, 8);
    SLOT(IAppHostElement, get_Schema, 9);
    SLOT(IAppHostElement, GetElementByName, 10);
    SLOT(IAppHostElement, GetPropertyByName, 11);
    SLOT(IAppHostElement, Clear, 12);
    SLOT(IAppHostElement, get_Methods, 13);
    W3_CHECK_EQ(sizeof(IAppHostElementVtbl), 14 * sizeof(void *));
}

W3_TEST(IAppHostProperty)
{
    SLOT(IAppHostProperty, get_Name, 3);
    SLOT(IAppHostProperty, get_Value, 4);
    SLOT(IAppHostProperty, put_Value, 5);
    SLOT(IAppHostProperty, Clear, 6);
    SLOT(IAppHostProperty, get_StringValue, 7);
    SLOT(IAppHostProperty, get_Exception, 8);
    SLOT(IAppHostProperty, GetMetadata, 9);
    SLOT(IAppHostProperty, SetMetadata, 10);
    SLOT(IAppHostProperty, get_Schema, 11);
    W3_CHECK_EQ(sizeof(IAppHostPropertyVtbl), 12 * sizeof(void *));
}

W3_TEST(IAppHostConfigLocation)
{
    SLOT(IAppHostConfigLocation, get_Path, 3);
    SLOT(IAppHostConfigLocation, get_Count, 4);
    SLOT(IAppHostConfigLocation, get_Item, 5);
    SLOT(IAppHostConfigLocation, AddConfigSection, 6);
    SLOT(IAppHostConfigLocation, DeleteConfigSection, 7);
    W3_CHECK_EQ(sizeof(IAppHostConfigLocationVtbl), 8 * sizeof(void *));
}

W3_TEST(IAppHostSectionDefinition)
{
    SLOT(IAppHostSectionDefinition, get_Name, 3);
    SLOT(IAppHostSectionDefinition, get_Type, 4);
    SLOT(IAppHostSectionDefinition, put_Type, 5);
    SLOT(IAppHostSectionDefinition, get_OverrideModeDefault, 6);
    SLOT(IAppHostSectionDefinition, put_OverrideModeDefault, 7);
    SLOT(IAppHostSectionDefinition, get_AllowDefinition, 8);
    SLOT(IAppHostSectionDefinition, put_AllowDefinition, 9);
    SLOT(IAppHostSectionDefinition, get_AllowLocation, 10);
    SLOT(IAppHostSectionDefinition, put_AllowLocation, 11);
    SLOT(IAppHostSectionDefinition, get_RequirePermission, 12);
    SLOT(IAppHostSectionDefinition, put_RequirePermission, 13);
    W3_CHECK_EQ(sizeof(IAppHostSectionDefinitionVtbl), 14 * sizeof(void *));
}

W3_TEST(IAppHostSectionDefinitionCollection)
{
    SLOT(IAppHostSectionDefinitionCollection, get_Count, 3);
    SLOT(IAppHostSectionDefinitionCollection, get_Item, 4);
    SLOT(IAppHostSectionDefinitionCollection, AddSection, 5);
    SLOT(IAppHostSectionDefinitionCollection, DeleteSection, 6);
    W3_CHECK_EQ(sizeof(IAppHostSectionDefinitionCollectionVtbl), 7 * sizeof(void *));
}

W3_TEST(IAppHostSectionGroup)
{
    SLOT(IAppHostSectionGroup, get_Count, 3);
    SLOT(IAppHostSectionGroup, get_Item, 4);
    SLOT(IAppHostSectionGroup, get_Sections, 5);
    SLOT(IAppHostSectionGroup, AddSectionGroup, 6);
    SLOT(IAppHostSectionGroup, DeleteSectionGroup, 7);
    SLOT(IAppHostSectionGroup, get_Name, 8);
    SLOT(IAppHostSectionGroup, get_Type, 9);
    SLOT(IAppHostSectionGroup, put_Type, 10);
    W3_CHECK_EQ(sizeof(IAppHostSectionGroupVtbl), 11 * sizeof(void *));
}

W3_TEST(IAppHostConfigFile)
{
    SLOT(IAppHostConfigFile, get_ConfigPath, 3);
    SLOT(IAppHostConfigFile, get_FilePath, 4);
    SLOT(IAppHostConfigFile, get_Locations, 5);
    SLOT(IAppHostConfigFile, GetAdminSection, 6);
    SLOT(IAppHostConfigFile, GetMetadata, 7);
    SLOT(IAppHostConfigFile, SetMetadata, 8);
    SLOT(IAppHostConfigFile, ClearInvalidSections, 9);
    SLOT(IAppHostConfigFile, get_RootSectionGroup, 10);
    W3_CHECK_EQ(sizeof(IAppHostConfigFileVtbl), 11 * sizeof(void *));
}

W3_TEST(IAppHostPathMapper)
{
    SLOT(IAppHostPathMapper, MapPath, 3);
    W3_CHECK_EQ(sizeof(IAppHostPathMapperVtbl), 4 * sizeof(void *));
}

W3_TEST(IAppHostPathMapper2)
{
    SLOT(IAppHostPathMapper2, MapPath, 3);
    W3_CHECK_EQ(sizeof(IAppHostPathMapper2Vtbl), 4 * sizeof(void *));
}

W3_TEST(IAppHostChangeHandler)
{
    SLOT(IAppHostChangeHandler, OnSectionChanges, 3);
    W3_CHECK_EQ(sizeof(IAppHostChangeHandlerVtbl), 4 * sizeof(void *));
}

W3_TEST(IAppHostAdminManager)
{
    SLOT(IAppHostAdminManager, GetAdminSection, 3);
    SLOT(IAppHostAdminManager, GetMetadata, 4);
    SLOT(IAppHostAdminManager, SetMetadata, 5);
    SLOT(IAppHostAdminManager, get_ConfigManager, 6);
    W3_CHECK_EQ(sizeof(IAppHostAdminManagerVtbl), 7 * sizeof(void *));
}

W3_TEST(IAppHostWritableAdminManager)
{
    SLOT(IAppHostWritableAdminManager, GetAdminSection, 3);
    SLOT(IAppHostWritableAdminManager, GetMetadata, 4);
    SLOT(IAppHostWritableAdminManager, SetMetadata, 5);
    SLOT(IAppHostWritableAdminManager, get_ConfigManager, 6);
    SLOT(IAppHostWritableAdminManager, CommitChanges, 7);
    SLOT(IAppHostWritableAdminManager, get_CommitPath, 8);
    SLOT(IAppHostWritableAdminManager, put_CommitPath, 9);
    W3_CHECK_EQ(sizeof(IAppHostWritableAdminManagerVtbl), 10 * sizeof(void *));
}

W3_TEST(IAppHostConfigManager)
{
    SLOT(IAppHostConfigManager, GetConfigFile, 3);
    SLOT(IAppHostConfigManager, GetUniqueConfigPath, 4);
    W3_CHECK_EQ(sizeof(IAppHostConfigManagerVtbl), 5 * sizeof(void *));
}
