/* ahadmin.h: the IIS configuration system's interfaces (Application Host Administration
 * API), as the IIS SDK declares them: IAppHostAdminManager and IAppHostWritableAdminManager,
 * the elements, properties and collections they return, the schema interfaces, the
 * configuration files, locations and section definitions, path mappers and change handlers,
 * with their IIDs and the CLSIDs of the two admin manager classes.
 *
 * Methods are in the vtable order of the SDK header (facts from [MS-IISA], the IIS docs and
 * the SDK's declaration order; tests/modules/vtable_order_test.cpp checks every slot).
 * Each interface has its C++ form (an abstract struct; __uuidof works through
 * __CRT_UUID_DECL) and its C form (lpVtbl, with COBJMACROS call macros). MinGW-w64 ships
 * no ahadmin.h, so this header serves both platforms. The ids are exported by libw3compat. */
#ifndef W3COMPAT_AHADMIN_H
#define W3COMPAT_AHADMIN_H

#include <windows.h>
#include <ole2.h>

#include "w3compat_export.h"

/* clang-format off */
typedef struct IAppHostMethodExtension IAppHostMethodExtension;
typedef struct IAppHostPropertyExtension IAppHostPropertyExtension;
typedef struct IAppHostElementExtension IAppHostElementExtension;
typedef struct IAppHostMappingExtension IAppHostMappingExtension;
typedef struct IAppHostChildElementCollection IAppHostChildElementCollection;
typedef struct IAppHostPropertyCollection IAppHostPropertyCollection;
typedef struct IAppHostConfigLocationCollection IAppHostConfigLocationCollection;
typedef struct IAppHostMethodCollection IAppHostMethodCollection;
typedef struct IAppHostElementSchemaCollection IAppHostElementSchemaCollection;
typedef struct IAppHostPropertySchemaCollection IAppHostPropertySchemaCollection;
typedef struct IAppHostConstantValueCollection IAppHostConstantValueCollection;
typedef struct IAppHostConstantValue IAppHostConstantValue;
typedef struct IAppHostPropertySchema IAppHostPropertySchema;
typedef struct IAppHostCollectionSchema IAppHostCollectionSchema;
typedef struct IAppHostElementSchema IAppHostElementSchema;
typedef struct IAppHostMethodSchema IAppHostMethodSchema;
typedef struct IAppHostMethodInstance IAppHostMethodInstance;
typedef struct IAppHostMethod IAppHostMethod;
typedef struct IAppHostConfigException IAppHostConfigException;
typedef struct IAppHostPropertyException IAppHostPropertyException;
typedef struct IAppHostElementCollection IAppHostElementCollection;
typedef struct IAppHostElement IAppHostElement;
typedef struct IAppHostProperty IAppHostProperty;
typedef struct IAppHostConfigLocation IAppHostConfigLocation;
typedef struct IAppHostSectionDefinition IAppHostSectionDefinition;
typedef struct IAppHostSectionDefinitionCollection IAppHostSectionDefinitionCollection;
typedef struct IAppHostSectionGroup IAppHostSectionGroup;
typedef struct IAppHostConfigFile IAppHostConfigFile;
typedef struct IAppHostPathMapper IAppHostPathMapper;
typedef struct IAppHostPathMapper2 IAppHostPathMapper2;
typedef struct IAppHostChangeHandler IAppHostChangeHandler;
typedef struct IAppHostAdminManager IAppHostAdminManager;
typedef struct IAppHostWritableAdminManager IAppHostWritableAdminManager;
typedef struct IAppHostConfigManager IAppHostConfigManager;

#ifdef __cplusplus
class AppHostAdminManager;
class AppHostWritableAdminManager;
extern "C" {
#endif
W3COMPAT_EXPORT extern const IID IID_IAppHostMethodExtension;
W3COMPAT_EXPORT extern const IID IID_IAppHostPropertyExtension;
W3COMPAT_EXPORT extern const IID IID_IAppHostElementExtension;
W3COMPAT_EXPORT extern const IID IID_IAppHostMappingExtension;
W3COMPAT_EXPORT extern const IID IID_IAppHostChildElementCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostPropertyCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostConfigLocationCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostMethodCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostElementSchemaCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostPropertySchemaCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostConstantValueCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostConstantValue;
W3COMPAT_EXPORT extern const IID IID_IAppHostPropertySchema;
W3COMPAT_EXPORT extern const IID IID_IAppHostCollectionSchema;
W3COMPAT_EXPORT extern const IID IID_IAppHostElementSchema;
W3COMPAT_EXPORT extern const IID IID_IAppHostMethodSchema;
W3COMPAT_EXPORT extern const IID IID_IAppHostMethodInstance;
W3COMPAT_EXPORT extern const IID IID_IAppHostMethod;
W3COMPAT_EXPORT extern const IID IID_IAppHostConfigException;
W3COMPAT_EXPORT extern const IID IID_IAppHostPropertyException;
W3COMPAT_EXPORT extern const IID IID_IAppHostElementCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostElement;
W3COMPAT_EXPORT extern const IID IID_IAppHostProperty;
W3COMPAT_EXPORT extern const IID IID_IAppHostConfigLocation;
W3COMPAT_EXPORT extern const IID IID_IAppHostSectionDefinition;
W3COMPAT_EXPORT extern const IID IID_IAppHostSectionDefinitionCollection;
W3COMPAT_EXPORT extern const IID IID_IAppHostSectionGroup;
W3COMPAT_EXPORT extern const IID IID_IAppHostConfigFile;
W3COMPAT_EXPORT extern const IID IID_IAppHostPathMapper;
W3COMPAT_EXPORT extern const IID IID_IAppHostPathMapper2;
W3COMPAT_EXPORT extern const IID IID_IAppHostChangeHandler;
W3COMPAT_EXPORT extern const IID IID_IAppHostAdminManager;
W3COMPAT_EXPORT extern const IID IID_IAppHostWritableAdminManager;
W3COMPAT_EXPORT extern const IID IID_IAppHostConfigManager;
W3COMPAT_EXPORT extern const CLSID CLSID_AppHostAdminManager;
W3COMPAT_EXPORT extern const CLSID CLSID_AppHostWritableAdminManager;
#ifdef __cplusplus
}
#endif

#if defined(__cplusplus) && !defined(CINTERFACE)

struct IAppHostMethodExtension : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE ProvideMethod(IAppHostMethod *pMethod, IAppHostMethodInstance *pMethodInstance, IAppHostElement *pElement) = 0;
};

struct IAppHostPropertyExtension : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE ProvideGetProperty(IAppHostElement *pElement, IAppHostProperty *pProperty) = 0;
};

struct IAppHostElementExtension : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE ProvideElement(IAppHostElement *pNewElement) = 0;
};

struct IAppHostMappingExtension : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetSiteNameFromSiteId(DWORD dwSiteId, BSTR *pbstrSiteName) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSiteIdFromSiteName(BSTR bstrSiteName, DWORD *pdwSiteId) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetSiteElementFromSiteId(DWORD dwSiteId, IAppHostElement **ppSiteElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE MapPath(BSTR bstrSiteName, BSTR bstrVirtualPath, BSTR *pbstrPhysicalPath, IAppHostElement **ppVirtualDirectoryElement, IAppHostElement **ppApplicationElement) = 0;
};

struct IAppHostChildElementCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElement **ppElement) = 0;
};

struct IAppHostPropertyCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostProperty **ppProperty) = 0;
};

struct IAppHostConfigLocationCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT varIndex, IAppHostConfigLocation **ppLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddLocation(BSTR bstrLocationPath, IAppHostConfigLocation **ppNewLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteLocation(VARIANT cIndex) = 0;
    virtual HRESULT STDMETHODCALLTYPE RenameLocation(VARIANT varIndex, BSTR bstrLocationPath) = 0;
};

struct IAppHostMethodCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostMethod **ppMethod) = 0;
};

struct IAppHostElementSchemaCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElementSchema **ppElementSchema) = 0;
};

struct IAppHostPropertySchemaCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostPropertySchema **ppPropertySchema) = 0;
};

struct IAppHostConstantValueCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostConstantValue **ppConstantValue) = 0;
};

struct IAppHostConstantValue : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Value(DWORD *pdwValue) = 0;
};

struct IAppHostPropertySchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Type(BSTR *pbstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DefaultValue(VARIANT *pDefaultValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsRequired(VARIANT_BOOL *pfIsRequired) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsUniqueKey(VARIANT_BOOL *pfIsUniqueKey) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsCombinedKey(VARIANT_BOOL *pfIsCombinedKey) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsExpanded(VARIANT_BOOL *pfIsExpanded) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationType(BSTR *pbstrValidationType) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationParameter(BSTR *pbstrValidationParameter) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsCaseSensitive(VARIANT_BOOL *pfIsCaseSensitive) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_PossibleValues(IAppHostConstantValueCollection **ppValues) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DoesAllowInfinite(VARIANT_BOOL *pfAllowInfinite) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsEncrypted(VARIANT_BOOL *pfIsEncrypted) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_TimeSpanFormat(BSTR *pbstrTimeSpanFormat) = 0;
};

struct IAppHostCollectionSchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_AddElementNames(BSTR *pbstrElementName) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetAddElementSchema(BSTR bstrElementName, IAppHostElementSchema **ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_RemoveElementSchema(IAppHostElementSchema **ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ClearElementSchema(IAppHostElementSchema **ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsMergeAppend(VARIANT_BOOL *pfIsMergeAppend) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DoesAllowDuplicates(VARIANT_BOOL *pfAllowDuplicates) = 0;
};

struct IAppHostElementSchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_DoesAllowUnschematizedProperties(VARIANT_BOOL *pfAllowUnschematized) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_CollectionSchema(IAppHostCollectionSchema **ppCollectionSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ChildElementSchemas(IAppHostElementSchemaCollection **ppChildSchemas) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_PropertySchemas(IAppHostPropertySchemaCollection **ppPropertySchemas) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_IsCollectionDefault(VARIANT_BOOL *pfIsCollectionDefault) = 0;
};

struct IAppHostMethodSchema : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_InputSchema(IAppHostElementSchema **ppInputSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_OutputSchema(IAppHostElementSchema **ppOutputSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
};

struct IAppHostMethodInstance : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Input(IAppHostElement **ppInputElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Output(IAppHostElement **ppOutputElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE Execute(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
};

struct IAppHostMethod : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostMethodSchema **ppMethodSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE CreateInstance(IAppHostMethodInstance **ppMethodInstance) = 0;
};

struct IAppHostConfigException : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_LineNumber(ULONG *pcLineNumber) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_FileName(BSTR *pbstrFileName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ConfigPath(BSTR *pbstrConfigPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ErrorLine(BSTR *pbstrErrorLine) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_PreErrorLine(BSTR *pbstrPreErrorLine) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_PostErrorLine(BSTR *pbstrPostErrorLine) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ErrorString(BSTR *pbstrErrorString) = 0;
};

struct IAppHostPropertyException : public IAppHostConfigException {
    virtual HRESULT STDMETHODCALLTYPE get_InvalidValue(BSTR *pbstrValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationFailureReason(BSTR *pbstrValidationReason) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ValidationFailureParameters(SAFEARRAY **pParameterArray) = 0;
};

struct IAppHostElementCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcElementCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElement **ppElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddElement(IAppHostElement *pElement, INT cPosition) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteElement(VARIANT cIndex) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE CreateNewElement(BSTR bstrElementName, IAppHostElement **ppElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostCollectionSchema **ppSchema) = 0;
};

struct IAppHostElement : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Collection(IAppHostElementCollection **ppCollection) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Properties(IAppHostPropertyCollection **ppProperties) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ChildElements(IAppHostChildElementCollection **ppElements) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostElementSchema **ppSchema) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetElementByName(BSTR bstrSubName, IAppHostElement **ppElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetPropertyByName(BSTR bstrSubName, IAppHostProperty **ppProperty) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Methods(IAppHostMethodCollection **ppMethods) = 0;
};

struct IAppHostProperty : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Value(VARIANT *pVariant) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_Value(VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE Clear(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_StringValue(BSTR *pbstrValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Exception(IAppHostPropertyException **ppException) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Schema(IAppHostPropertySchema **ppSchema) = 0;
};

struct IAppHostConfigLocation : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Path(BSTR *pbstrLocationPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Count(DWORD *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT cIndex, IAppHostElement **ppSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddConfigSection(BSTR bstrSectionName, IAppHostElement **ppAdminElement) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteConfigSection(VARIANT cIndex) = 0;
};

struct IAppHostSectionDefinition : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Type(BSTR *pbstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_Type(BSTR bstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_OverrideModeDefault(BSTR *pbstrOverrideModeDefault) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_OverrideModeDefault(BSTR bstrOverrideModeDefault) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_AllowDefinition(BSTR *pbstrAllowDefinition) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_AllowDefinition(BSTR bstrAllowDefinition) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_AllowLocation(BSTR *pbstrAllowLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_AllowLocation(BSTR bstrAllowLocation) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_RequirePermission(VARIANT_BOOL *pfRequirePermission) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_RequirePermission(VARIANT_BOOL fRequirePermission) = 0;
};

struct IAppHostSectionDefinitionCollection : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(ULONG *pcCount) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT varIndex, IAppHostSectionDefinition **ppConfigSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddSection(BSTR bstrSectionName, IAppHostSectionDefinition **ppConfigSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteSection(VARIANT varIndex) = 0;
};

struct IAppHostSectionGroup : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_Count(ULONG *pcSectionGroup) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Item(VARIANT varIndex, IAppHostSectionGroup **ppSectionGroup) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Sections(IAppHostSectionDefinitionCollection **ppSections) = 0;
    virtual HRESULT STDMETHODCALLTYPE AddSectionGroup(BSTR bstrSectionGroupName, IAppHostSectionGroup **ppSectionGroup) = 0;
    virtual HRESULT STDMETHODCALLTYPE DeleteSectionGroup(VARIANT varIndex) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR *pbstrName) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Type(BSTR *pbstrType) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_Type(BSTR bstrType) = 0;
};

struct IAppHostConfigFile : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE get_ConfigPath(BSTR *pbstrConfigPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_FilePath(BSTR *pbstrFilePath) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_Locations(IAppHostConfigLocationCollection **ppLocations) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetAdminSection(BSTR bstrSectionName, BSTR bstrPath, IAppHostElement **ppAdminSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE ClearInvalidSections(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_RootSectionGroup(IAppHostSectionGroup **ppSectionGroups) = 0;
};

struct IAppHostPathMapper : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE MapPath(BSTR bstrConfigPath, BSTR bstrMappedPhysicalPath, BSTR *pbstrNewPhysicalPath) = 0;
};

struct IAppHostPathMapper2 : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE MapPath(BSTR bstrConfigPath, BSTR bstrMappedPhysicalPath, BSTR *pbstrNewPhysicalPath, HANDLE *phImpersonationToken) = 0;
};

struct IAppHostChangeHandler : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE OnSectionChanges(BSTR bstrSectionName, BSTR bstrConfigPath) = 0;
};

struct IAppHostAdminManager : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetAdminSection(BSTR bstrSectionName, BSTR bstrPath, IAppHostElement **ppAdminSection) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetMetadata(BSTR bstrMetadataType, VARIANT *pValue) = 0;
    virtual HRESULT STDMETHODCALLTYPE SetMetadata(BSTR bstrMetadataType, VARIANT value) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_ConfigManager(IAppHostConfigManager **ppConfigManager) = 0;
};

struct IAppHostWritableAdminManager : public IAppHostAdminManager {
    virtual HRESULT STDMETHODCALLTYPE CommitChanges(void) = 0;
    virtual HRESULT STDMETHODCALLTYPE get_CommitPath(BSTR *pbstrCommitPath) = 0;
    virtual HRESULT STDMETHODCALLTYPE put_CommitPath(BSTR bstrCommitPath) = 0;
};

struct IAppHostConfigManager : public IUnknown {
    virtual HRESULT STDMETHODCALLTYPE GetConfigFile(BSTR bstrConfigPath, IAppHostConfigFile **ppConfigFile) = 0;
    virtual HRESULT STDMETHODCALLTYPE GetUniqueConfigPath(BSTR bstrConfigPath, BSTR *pbstrUniquePath) = 0;
};

#else

typedef struct IAppHostMethodExtensionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostMethodExtension *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostMethodExtension *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostMethodExtension *This);
    HRESULT(STDMETHODCALLTYPE *ProvideMethod)(IAppHostMethodExtension *This, IAppHostMethod *pMethod, IAppHostMethodInstance *pMethodInstance, IAppHostElement *pElement);
} IAppHostMethodExtensionVtbl;
struct IAppHostMethodExtension {
    IAppHostMethodExtensionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostMethodExtension_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostMethodExtension_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostMethodExtension_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostMethodExtension_ProvideMethod(This, pMethod, pMethodInstance, pElement) ((This)->lpVtbl->ProvideMethod(This, pMethod, pMethodInstance, pElement))
#endif

typedef struct IAppHostPropertyExtensionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPropertyExtension *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPropertyExtension *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPropertyExtension *This);
    HRESULT(STDMETHODCALLTYPE *ProvideGetProperty)(IAppHostPropertyExtension *This, IAppHostElement *pElement, IAppHostProperty *pProperty);
} IAppHostPropertyExtensionVtbl;
struct IAppHostPropertyExtension {
    IAppHostPropertyExtensionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPropertyExtension_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPropertyExtension_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPropertyExtension_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPropertyExtension_ProvideGetProperty(This, pElement, pProperty) ((This)->lpVtbl->ProvideGetProperty(This, pElement, pProperty))
#endif

typedef struct IAppHostElementExtensionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostElementExtension *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostElementExtension *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostElementExtension *This);
    HRESULT(STDMETHODCALLTYPE *ProvideElement)(IAppHostElementExtension *This, IAppHostElement *pNewElement);
} IAppHostElementExtensionVtbl;
struct IAppHostElementExtension {
    IAppHostElementExtensionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostElementExtension_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostElementExtension_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostElementExtension_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostElementExtension_ProvideElement(This, pNewElement) ((This)->lpVtbl->ProvideElement(This, pNewElement))
#endif

typedef struct IAppHostMappingExtensionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostMappingExtension *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostMappingExtension *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostMappingExtension *This);
    HRESULT(STDMETHODCALLTYPE *GetSiteNameFromSiteId)(IAppHostMappingExtension *This, DWORD dwSiteId, BSTR *pbstrSiteName);
    HRESULT(STDMETHODCALLTYPE *GetSiteIdFromSiteName)(IAppHostMappingExtension *This, BSTR bstrSiteName, DWORD *pdwSiteId);
    HRESULT(STDMETHODCALLTYPE *GetSiteElementFromSiteId)(IAppHostMappingExtension *This, DWORD dwSiteId, IAppHostElement **ppSiteElement);
    HRESULT(STDMETHODCALLTYPE *MapPath)(IAppHostMappingExtension *This, BSTR bstrSiteName, BSTR bstrVirtualPath, BSTR *pbstrPhysicalPath, IAppHostElement **ppVirtualDirectoryElement, IAppHostElement **ppApplicationElement);
} IAppHostMappingExtensionVtbl;
struct IAppHostMappingExtension {
    IAppHostMappingExtensionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostMappingExtension_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostMappingExtension_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostMappingExtension_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostMappingExtension_GetSiteNameFromSiteId(This, dwSiteId, pbstrSiteName) ((This)->lpVtbl->GetSiteNameFromSiteId(This, dwSiteId, pbstrSiteName))
#define IAppHostMappingExtension_GetSiteIdFromSiteName(This, bstrSiteName, pdwSiteId) ((This)->lpVtbl->GetSiteIdFromSiteName(This, bstrSiteName, pdwSiteId))
#define IAppHostMappingExtension_GetSiteElementFromSiteId(This, dwSiteId, ppSiteElement) ((This)->lpVtbl->GetSiteElementFromSiteId(This, dwSiteId, ppSiteElement))
#define IAppHostMappingExtension_MapPath(This, bstrSiteName, bstrVirtualPath, pbstrPhysicalPath, ppVirtualDirectoryElement, ppApplicationElement) ((This)->lpVtbl->MapPath(This, bstrSiteName, bstrVirtualPath, pbstrPhysicalPath, ppVirtualDirectoryElement, ppApplicationElement))
#endif

typedef struct IAppHostChildElementCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostChildElementCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostChildElementCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostChildElementCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostChildElementCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostChildElementCollection *This, VARIANT cIndex, IAppHostElement **ppElement);
} IAppHostChildElementCollectionVtbl;
struct IAppHostChildElementCollection {
    IAppHostChildElementCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostChildElementCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostChildElementCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostChildElementCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostChildElementCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostChildElementCollection_get_Item(This, cIndex, ppElement) ((This)->lpVtbl->get_Item(This, cIndex, ppElement))
#endif

typedef struct IAppHostPropertyCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPropertyCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPropertyCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPropertyCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostPropertyCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostPropertyCollection *This, VARIANT cIndex, IAppHostProperty **ppProperty);
} IAppHostPropertyCollectionVtbl;
struct IAppHostPropertyCollection {
    IAppHostPropertyCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPropertyCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPropertyCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPropertyCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPropertyCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostPropertyCollection_get_Item(This, cIndex, ppProperty) ((This)->lpVtbl->get_Item(This, cIndex, ppProperty))
#endif

typedef struct IAppHostConfigLocationCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConfigLocationCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConfigLocationCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConfigLocationCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostConfigLocationCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostConfigLocationCollection *This, VARIANT varIndex, IAppHostConfigLocation **ppLocation);
    HRESULT(STDMETHODCALLTYPE *AddLocation)(IAppHostConfigLocationCollection *This, BSTR bstrLocationPath, IAppHostConfigLocation **ppNewLocation);
    HRESULT(STDMETHODCALLTYPE *DeleteLocation)(IAppHostConfigLocationCollection *This, VARIANT cIndex);
    HRESULT(STDMETHODCALLTYPE *RenameLocation)(IAppHostConfigLocationCollection *This, VARIANT varIndex, BSTR bstrLocationPath);
} IAppHostConfigLocationCollectionVtbl;
struct IAppHostConfigLocationCollection {
    IAppHostConfigLocationCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConfigLocationCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConfigLocationCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConfigLocationCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConfigLocationCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostConfigLocationCollection_get_Item(This, varIndex, ppLocation) ((This)->lpVtbl->get_Item(This, varIndex, ppLocation))
#define IAppHostConfigLocationCollection_AddLocation(This, bstrLocationPath, ppNewLocation) ((This)->lpVtbl->AddLocation(This, bstrLocationPath, ppNewLocation))
#define IAppHostConfigLocationCollection_DeleteLocation(This, cIndex) ((This)->lpVtbl->DeleteLocation(This, cIndex))
#define IAppHostConfigLocationCollection_RenameLocation(This, varIndex, bstrLocationPath) ((This)->lpVtbl->RenameLocation(This, varIndex, bstrLocationPath))
#endif

typedef struct IAppHostMethodCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostMethodCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostMethodCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostMethodCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostMethodCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostMethodCollection *This, VARIANT cIndex, IAppHostMethod **ppMethod);
} IAppHostMethodCollectionVtbl;
struct IAppHostMethodCollection {
    IAppHostMethodCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostMethodCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostMethodCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostMethodCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostMethodCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostMethodCollection_get_Item(This, cIndex, ppMethod) ((This)->lpVtbl->get_Item(This, cIndex, ppMethod))
#endif

typedef struct IAppHostElementSchemaCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostElementSchemaCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostElementSchemaCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostElementSchemaCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostElementSchemaCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostElementSchemaCollection *This, VARIANT cIndex, IAppHostElementSchema **ppElementSchema);
} IAppHostElementSchemaCollectionVtbl;
struct IAppHostElementSchemaCollection {
    IAppHostElementSchemaCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostElementSchemaCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostElementSchemaCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostElementSchemaCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostElementSchemaCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostElementSchemaCollection_get_Item(This, cIndex, ppElementSchema) ((This)->lpVtbl->get_Item(This, cIndex, ppElementSchema))
#endif

typedef struct IAppHostPropertySchemaCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPropertySchemaCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPropertySchemaCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPropertySchemaCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostPropertySchemaCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostPropertySchemaCollection *This, VARIANT cIndex, IAppHostPropertySchema **ppPropertySchema);
} IAppHostPropertySchemaCollectionVtbl;
struct IAppHostPropertySchemaCollection {
    IAppHostPropertySchemaCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPropertySchemaCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPropertySchemaCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPropertySchemaCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPropertySchemaCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostPropertySchemaCollection_get_Item(This, cIndex, ppPropertySchema) ((This)->lpVtbl->get_Item(This, cIndex, ppPropertySchema))
#endif

typedef struct IAppHostConstantValueCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConstantValueCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConstantValueCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConstantValueCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostConstantValueCollection *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostConstantValueCollection *This, VARIANT cIndex, IAppHostConstantValue **ppConstantValue);
} IAppHostConstantValueCollectionVtbl;
struct IAppHostConstantValueCollection {
    IAppHostConstantValueCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConstantValueCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConstantValueCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConstantValueCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConstantValueCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostConstantValueCollection_get_Item(This, cIndex, ppConstantValue) ((This)->lpVtbl->get_Item(This, cIndex, ppConstantValue))
#endif

typedef struct IAppHostConstantValueVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConstantValue *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConstantValue *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConstantValue *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostConstantValue *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Value)(IAppHostConstantValue *This, DWORD *pdwValue);
} IAppHostConstantValueVtbl;
struct IAppHostConstantValue {
    IAppHostConstantValueVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConstantValue_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConstantValue_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConstantValue_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConstantValue_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostConstantValue_get_Value(This, pdwValue) ((This)->lpVtbl->get_Value(This, pdwValue))
#endif

typedef struct IAppHostPropertySchemaVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPropertySchema *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPropertySchema *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPropertySchema *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostPropertySchema *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Type)(IAppHostPropertySchema *This, BSTR *pbstrType);
    HRESULT(STDMETHODCALLTYPE *get_DefaultValue)(IAppHostPropertySchema *This, VARIANT *pDefaultValue);
    HRESULT(STDMETHODCALLTYPE *get_IsRequired)(IAppHostPropertySchema *This, VARIANT_BOOL *pfIsRequired);
    HRESULT(STDMETHODCALLTYPE *get_IsUniqueKey)(IAppHostPropertySchema *This, VARIANT_BOOL *pfIsUniqueKey);
    HRESULT(STDMETHODCALLTYPE *get_IsCombinedKey)(IAppHostPropertySchema *This, VARIANT_BOOL *pfIsCombinedKey);
    HRESULT(STDMETHODCALLTYPE *get_IsExpanded)(IAppHostPropertySchema *This, VARIANT_BOOL *pfIsExpanded);
    HRESULT(STDMETHODCALLTYPE *get_ValidationType)(IAppHostPropertySchema *This, BSTR *pbstrValidationType);
    HRESULT(STDMETHODCALLTYPE *get_ValidationParameter)(IAppHostPropertySchema *This, BSTR *pbstrValidationParameter);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostPropertySchema *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *get_IsCaseSensitive)(IAppHostPropertySchema *This, VARIANT_BOOL *pfIsCaseSensitive);
    HRESULT(STDMETHODCALLTYPE *get_PossibleValues)(IAppHostPropertySchema *This, IAppHostConstantValueCollection **ppValues);
    HRESULT(STDMETHODCALLTYPE *get_DoesAllowInfinite)(IAppHostPropertySchema *This, VARIANT_BOOL *pfAllowInfinite);
    HRESULT(STDMETHODCALLTYPE *get_IsEncrypted)(IAppHostPropertySchema *This, VARIANT_BOOL *pfIsEncrypted);
    HRESULT(STDMETHODCALLTYPE *get_TimeSpanFormat)(IAppHostPropertySchema *This, BSTR *pbstrTimeSpanFormat);
} IAppHostPropertySchemaVtbl;
struct IAppHostPropertySchema {
    IAppHostPropertySchemaVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPropertySchema_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPropertySchema_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPropertySchema_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPropertySchema_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostPropertySchema_get_Type(This, pbstrType) ((This)->lpVtbl->get_Type(This, pbstrType))
#define IAppHostPropertySchema_get_DefaultValue(This, pDefaultValue) ((This)->lpVtbl->get_DefaultValue(This, pDefaultValue))
#define IAppHostPropertySchema_get_IsRequired(This, pfIsRequired) ((This)->lpVtbl->get_IsRequired(This, pfIsRequired))
#define IAppHostPropertySchema_get_IsUniqueKey(This, pfIsUniqueKey) ((This)->lpVtbl->get_IsUniqueKey(This, pfIsUniqueKey))
#define IAppHostPropertySchema_get_IsCombinedKey(This, pfIsCombinedKey) ((This)->lpVtbl->get_IsCombinedKey(This, pfIsCombinedKey))
#define IAppHostPropertySchema_get_IsExpanded(This, pfIsExpanded) ((This)->lpVtbl->get_IsExpanded(This, pfIsExpanded))
#define IAppHostPropertySchema_get_ValidationType(This, pbstrValidationType) ((This)->lpVtbl->get_ValidationType(This, pbstrValidationType))
#define IAppHostPropertySchema_get_ValidationParameter(This, pbstrValidationParameter) ((This)->lpVtbl->get_ValidationParameter(This, pbstrValidationParameter))
#define IAppHostPropertySchema_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostPropertySchema_get_IsCaseSensitive(This, pfIsCaseSensitive) ((This)->lpVtbl->get_IsCaseSensitive(This, pfIsCaseSensitive))
#define IAppHostPropertySchema_get_PossibleValues(This, ppValues) ((This)->lpVtbl->get_PossibleValues(This, ppValues))
#define IAppHostPropertySchema_get_DoesAllowInfinite(This, pfAllowInfinite) ((This)->lpVtbl->get_DoesAllowInfinite(This, pfAllowInfinite))
#define IAppHostPropertySchema_get_IsEncrypted(This, pfIsEncrypted) ((This)->lpVtbl->get_IsEncrypted(This, pfIsEncrypted))
#define IAppHostPropertySchema_get_TimeSpanFormat(This, pbstrTimeSpanFormat) ((This)->lpVtbl->get_TimeSpanFormat(This, pbstrTimeSpanFormat))
#endif

typedef struct IAppHostCollectionSchemaVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostCollectionSchema *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostCollectionSchema *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostCollectionSchema *This);
    HRESULT(STDMETHODCALLTYPE *get_AddElementNames)(IAppHostCollectionSchema *This, BSTR *pbstrElementName);
    HRESULT(STDMETHODCALLTYPE *GetAddElementSchema)(IAppHostCollectionSchema *This, BSTR bstrElementName, IAppHostElementSchema **ppSchema);
    HRESULT(STDMETHODCALLTYPE *get_RemoveElementSchema)(IAppHostCollectionSchema *This, IAppHostElementSchema **ppSchema);
    HRESULT(STDMETHODCALLTYPE *get_ClearElementSchema)(IAppHostCollectionSchema *This, IAppHostElementSchema **ppSchema);
    HRESULT(STDMETHODCALLTYPE *get_IsMergeAppend)(IAppHostCollectionSchema *This, VARIANT_BOOL *pfIsMergeAppend);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostCollectionSchema *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *get_DoesAllowDuplicates)(IAppHostCollectionSchema *This, VARIANT_BOOL *pfAllowDuplicates);
} IAppHostCollectionSchemaVtbl;
struct IAppHostCollectionSchema {
    IAppHostCollectionSchemaVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostCollectionSchema_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostCollectionSchema_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostCollectionSchema_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostCollectionSchema_get_AddElementNames(This, pbstrElementName) ((This)->lpVtbl->get_AddElementNames(This, pbstrElementName))
#define IAppHostCollectionSchema_GetAddElementSchema(This, bstrElementName, ppSchema) ((This)->lpVtbl->GetAddElementSchema(This, bstrElementName, ppSchema))
#define IAppHostCollectionSchema_get_RemoveElementSchema(This, ppSchema) ((This)->lpVtbl->get_RemoveElementSchema(This, ppSchema))
#define IAppHostCollectionSchema_get_ClearElementSchema(This, ppSchema) ((This)->lpVtbl->get_ClearElementSchema(This, ppSchema))
#define IAppHostCollectionSchema_get_IsMergeAppend(This, pfIsMergeAppend) ((This)->lpVtbl->get_IsMergeAppend(This, pfIsMergeAppend))
#define IAppHostCollectionSchema_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostCollectionSchema_get_DoesAllowDuplicates(This, pfAllowDuplicates) ((This)->lpVtbl->get_DoesAllowDuplicates(This, pfAllowDuplicates))
#endif

typedef struct IAppHostElementSchemaVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostElementSchema *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostElementSchema *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostElementSchema *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostElementSchema *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_DoesAllowUnschematizedProperties)(IAppHostElementSchema *This, VARIANT_BOOL *pfAllowUnschematized);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostElementSchema *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *get_CollectionSchema)(IAppHostElementSchema *This, IAppHostCollectionSchema **ppCollectionSchema);
    HRESULT(STDMETHODCALLTYPE *get_ChildElementSchemas)(IAppHostElementSchema *This, IAppHostElementSchemaCollection **ppChildSchemas);
    HRESULT(STDMETHODCALLTYPE *get_PropertySchemas)(IAppHostElementSchema *This, IAppHostPropertySchemaCollection **ppPropertySchemas);
    HRESULT(STDMETHODCALLTYPE *get_IsCollectionDefault)(IAppHostElementSchema *This, VARIANT_BOOL *pfIsCollectionDefault);
} IAppHostElementSchemaVtbl;
struct IAppHostElementSchema {
    IAppHostElementSchemaVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostElementSchema_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostElementSchema_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostElementSchema_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostElementSchema_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostElementSchema_get_DoesAllowUnschematizedProperties(This, pfAllowUnschematized) ((This)->lpVtbl->get_DoesAllowUnschematizedProperties(This, pfAllowUnschematized))
#define IAppHostElementSchema_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostElementSchema_get_CollectionSchema(This, ppCollectionSchema) ((This)->lpVtbl->get_CollectionSchema(This, ppCollectionSchema))
#define IAppHostElementSchema_get_ChildElementSchemas(This, ppChildSchemas) ((This)->lpVtbl->get_ChildElementSchemas(This, ppChildSchemas))
#define IAppHostElementSchema_get_PropertySchemas(This, ppPropertySchemas) ((This)->lpVtbl->get_PropertySchemas(This, ppPropertySchemas))
#define IAppHostElementSchema_get_IsCollectionDefault(This, pfIsCollectionDefault) ((This)->lpVtbl->get_IsCollectionDefault(This, pfIsCollectionDefault))
#endif

typedef struct IAppHostMethodSchemaVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostMethodSchema *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostMethodSchema *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostMethodSchema *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostMethodSchema *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_InputSchema)(IAppHostMethodSchema *This, IAppHostElementSchema **ppInputSchema);
    HRESULT(STDMETHODCALLTYPE *get_OutputSchema)(IAppHostMethodSchema *This, IAppHostElementSchema **ppOutputSchema);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostMethodSchema *This, BSTR bstrMetadataType, VARIANT *pValue);
} IAppHostMethodSchemaVtbl;
struct IAppHostMethodSchema {
    IAppHostMethodSchemaVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostMethodSchema_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostMethodSchema_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostMethodSchema_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostMethodSchema_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostMethodSchema_get_InputSchema(This, ppInputSchema) ((This)->lpVtbl->get_InputSchema(This, ppInputSchema))
#define IAppHostMethodSchema_get_OutputSchema(This, ppOutputSchema) ((This)->lpVtbl->get_OutputSchema(This, ppOutputSchema))
#define IAppHostMethodSchema_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#endif

typedef struct IAppHostMethodInstanceVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostMethodInstance *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostMethodInstance *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostMethodInstance *This);
    HRESULT(STDMETHODCALLTYPE *get_Input)(IAppHostMethodInstance *This, IAppHostElement **ppInputElement);
    HRESULT(STDMETHODCALLTYPE *get_Output)(IAppHostMethodInstance *This, IAppHostElement **ppOutputElement);
    HRESULT(STDMETHODCALLTYPE *Execute)(IAppHostMethodInstance *This);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostMethodInstance *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *SetMetadata)(IAppHostMethodInstance *This, BSTR bstrMetadataType, VARIANT value);
} IAppHostMethodInstanceVtbl;
struct IAppHostMethodInstance {
    IAppHostMethodInstanceVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostMethodInstance_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostMethodInstance_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostMethodInstance_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostMethodInstance_get_Input(This, ppInputElement) ((This)->lpVtbl->get_Input(This, ppInputElement))
#define IAppHostMethodInstance_get_Output(This, ppOutputElement) ((This)->lpVtbl->get_Output(This, ppOutputElement))
#define IAppHostMethodInstance_Execute(This) ((This)->lpVtbl->Execute(This))
#define IAppHostMethodInstance_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostMethodInstance_SetMetadata(This, bstrMetadataType, value) ((This)->lpVtbl->SetMetadata(This, bstrMetadataType, value))
#endif

typedef struct IAppHostMethodVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostMethod *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostMethod *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostMethod *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostMethod *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Schema)(IAppHostMethod *This, IAppHostMethodSchema **ppMethodSchema);
    HRESULT(STDMETHODCALLTYPE *CreateInstance)(IAppHostMethod *This, IAppHostMethodInstance **ppMethodInstance);
} IAppHostMethodVtbl;
struct IAppHostMethod {
    IAppHostMethodVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostMethod_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostMethod_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostMethod_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostMethod_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostMethod_get_Schema(This, ppMethodSchema) ((This)->lpVtbl->get_Schema(This, ppMethodSchema))
#define IAppHostMethod_CreateInstance(This, ppMethodInstance) ((This)->lpVtbl->CreateInstance(This, ppMethodInstance))
#endif

typedef struct IAppHostConfigExceptionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConfigException *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConfigException *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConfigException *This);
    HRESULT(STDMETHODCALLTYPE *get_LineNumber)(IAppHostConfigException *This, ULONG *pcLineNumber);
    HRESULT(STDMETHODCALLTYPE *get_FileName)(IAppHostConfigException *This, BSTR *pbstrFileName);
    HRESULT(STDMETHODCALLTYPE *get_ConfigPath)(IAppHostConfigException *This, BSTR *pbstrConfigPath);
    HRESULT(STDMETHODCALLTYPE *get_ErrorLine)(IAppHostConfigException *This, BSTR *pbstrErrorLine);
    HRESULT(STDMETHODCALLTYPE *get_PreErrorLine)(IAppHostConfigException *This, BSTR *pbstrPreErrorLine);
    HRESULT(STDMETHODCALLTYPE *get_PostErrorLine)(IAppHostConfigException *This, BSTR *pbstrPostErrorLine);
    HRESULT(STDMETHODCALLTYPE *get_ErrorString)(IAppHostConfigException *This, BSTR *pbstrErrorString);
} IAppHostConfigExceptionVtbl;
struct IAppHostConfigException {
    IAppHostConfigExceptionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConfigException_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConfigException_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConfigException_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConfigException_get_LineNumber(This, pcLineNumber) ((This)->lpVtbl->get_LineNumber(This, pcLineNumber))
#define IAppHostConfigException_get_FileName(This, pbstrFileName) ((This)->lpVtbl->get_FileName(This, pbstrFileName))
#define IAppHostConfigException_get_ConfigPath(This, pbstrConfigPath) ((This)->lpVtbl->get_ConfigPath(This, pbstrConfigPath))
#define IAppHostConfigException_get_ErrorLine(This, pbstrErrorLine) ((This)->lpVtbl->get_ErrorLine(This, pbstrErrorLine))
#define IAppHostConfigException_get_PreErrorLine(This, pbstrPreErrorLine) ((This)->lpVtbl->get_PreErrorLine(This, pbstrPreErrorLine))
#define IAppHostConfigException_get_PostErrorLine(This, pbstrPostErrorLine) ((This)->lpVtbl->get_PostErrorLine(This, pbstrPostErrorLine))
#define IAppHostConfigException_get_ErrorString(This, pbstrErrorString) ((This)->lpVtbl->get_ErrorString(This, pbstrErrorString))
#endif

typedef struct IAppHostPropertyExceptionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPropertyException *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPropertyException *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPropertyException *This);
    HRESULT(STDMETHODCALLTYPE *get_LineNumber)(IAppHostPropertyException *This, ULONG *pcLineNumber);
    HRESULT(STDMETHODCALLTYPE *get_FileName)(IAppHostPropertyException *This, BSTR *pbstrFileName);
    HRESULT(STDMETHODCALLTYPE *get_ConfigPath)(IAppHostPropertyException *This, BSTR *pbstrConfigPath);
    HRESULT(STDMETHODCALLTYPE *get_ErrorLine)(IAppHostPropertyException *This, BSTR *pbstrErrorLine);
    HRESULT(STDMETHODCALLTYPE *get_PreErrorLine)(IAppHostPropertyException *This, BSTR *pbstrPreErrorLine);
    HRESULT(STDMETHODCALLTYPE *get_PostErrorLine)(IAppHostPropertyException *This, BSTR *pbstrPostErrorLine);
    HRESULT(STDMETHODCALLTYPE *get_ErrorString)(IAppHostPropertyException *This, BSTR *pbstrErrorString);
    HRESULT(STDMETHODCALLTYPE *get_InvalidValue)(IAppHostPropertyException *This, BSTR *pbstrValue);
    HRESULT(STDMETHODCALLTYPE *get_ValidationFailureReason)(IAppHostPropertyException *This, BSTR *pbstrValidationReason);
    HRESULT(STDMETHODCALLTYPE *get_ValidationFailureParameters)(IAppHostPropertyException *This, SAFEARRAY **pParameterArray);
} IAppHostPropertyExceptionVtbl;
struct IAppHostPropertyException {
    IAppHostPropertyExceptionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPropertyException_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPropertyException_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPropertyException_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPropertyException_get_LineNumber(This, pcLineNumber) ((This)->lpVtbl->get_LineNumber(This, pcLineNumber))
#define IAppHostPropertyException_get_FileName(This, pbstrFileName) ((This)->lpVtbl->get_FileName(This, pbstrFileName))
#define IAppHostPropertyException_get_ConfigPath(This, pbstrConfigPath) ((This)->lpVtbl->get_ConfigPath(This, pbstrConfigPath))
#define IAppHostPropertyException_get_ErrorLine(This, pbstrErrorLine) ((This)->lpVtbl->get_ErrorLine(This, pbstrErrorLine))
#define IAppHostPropertyException_get_PreErrorLine(This, pbstrPreErrorLine) ((This)->lpVtbl->get_PreErrorLine(This, pbstrPreErrorLine))
#define IAppHostPropertyException_get_PostErrorLine(This, pbstrPostErrorLine) ((This)->lpVtbl->get_PostErrorLine(This, pbstrPostErrorLine))
#define IAppHostPropertyException_get_ErrorString(This, pbstrErrorString) ((This)->lpVtbl->get_ErrorString(This, pbstrErrorString))
#define IAppHostPropertyException_get_InvalidValue(This, pbstrValue) ((This)->lpVtbl->get_InvalidValue(This, pbstrValue))
#define IAppHostPropertyException_get_ValidationFailureReason(This, pbstrValidationReason) ((This)->lpVtbl->get_ValidationFailureReason(This, pbstrValidationReason))
#define IAppHostPropertyException_get_ValidationFailureParameters(This, pParameterArray) ((This)->lpVtbl->get_ValidationFailureParameters(This, pParameterArray))
#endif

typedef struct IAppHostElementCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostElementCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostElementCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostElementCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostElementCollection *This, DWORD *pcElementCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostElementCollection *This, VARIANT cIndex, IAppHostElement **ppElement);
    HRESULT(STDMETHODCALLTYPE *AddElement)(IAppHostElementCollection *This, IAppHostElement *pElement, INT cPosition);
    HRESULT(STDMETHODCALLTYPE *DeleteElement)(IAppHostElementCollection *This, VARIANT cIndex);
    HRESULT(STDMETHODCALLTYPE *Clear)(IAppHostElementCollection *This);
    HRESULT(STDMETHODCALLTYPE *CreateNewElement)(IAppHostElementCollection *This, BSTR bstrElementName, IAppHostElement **ppElement);
    HRESULT(STDMETHODCALLTYPE *get_Schema)(IAppHostElementCollection *This, IAppHostCollectionSchema **ppSchema);
} IAppHostElementCollectionVtbl;
struct IAppHostElementCollection {
    IAppHostElementCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostElementCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostElementCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostElementCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostElementCollection_get_Count(This, pcElementCount) ((This)->lpVtbl->get_Count(This, pcElementCount))
#define IAppHostElementCollection_get_Item(This, cIndex, ppElement) ((This)->lpVtbl->get_Item(This, cIndex, ppElement))
#define IAppHostElementCollection_AddElement(This, pElement, cPosition) ((This)->lpVtbl->AddElement(This, pElement, cPosition))
#define IAppHostElementCollection_DeleteElement(This, cIndex) ((This)->lpVtbl->DeleteElement(This, cIndex))
#define IAppHostElementCollection_Clear(This) ((This)->lpVtbl->Clear(This))
#define IAppHostElementCollection_CreateNewElement(This, bstrElementName, ppElement) ((This)->lpVtbl->CreateNewElement(This, bstrElementName, ppElement))
#define IAppHostElementCollection_get_Schema(This, ppSchema) ((This)->lpVtbl->get_Schema(This, ppSchema))
#endif

typedef struct IAppHostElementVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostElement *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostElement *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostElement *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostElement *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Collection)(IAppHostElement *This, IAppHostElementCollection **ppCollection);
    HRESULT(STDMETHODCALLTYPE *get_Properties)(IAppHostElement *This, IAppHostPropertyCollection **ppProperties);
    HRESULT(STDMETHODCALLTYPE *get_ChildElements)(IAppHostElement *This, IAppHostChildElementCollection **ppElements);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostElement *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *SetMetadata)(IAppHostElement *This, BSTR bstrMetadataType, VARIANT value);
    HRESULT(STDMETHODCALLTYPE *get_Schema)(IAppHostElement *This, IAppHostElementSchema **ppSchema);
    HRESULT(STDMETHODCALLTYPE *GetElementByName)(IAppHostElement *This, BSTR bstrSubName, IAppHostElement **ppElement);
    HRESULT(STDMETHODCALLTYPE *GetPropertyByName)(IAppHostElement *This, BSTR bstrSubName, IAppHostProperty **ppProperty);
    HRESULT(STDMETHODCALLTYPE *Clear)(IAppHostElement *This);
    HRESULT(STDMETHODCALLTYPE *get_Methods)(IAppHostElement *This, IAppHostMethodCollection **ppMethods);
} IAppHostElementVtbl;
struct IAppHostElement {
    IAppHostElementVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostElement_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostElement_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostElement_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostElement_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostElement_get_Collection(This, ppCollection) ((This)->lpVtbl->get_Collection(This, ppCollection))
#define IAppHostElement_get_Properties(This, ppProperties) ((This)->lpVtbl->get_Properties(This, ppProperties))
#define IAppHostElement_get_ChildElements(This, ppElements) ((This)->lpVtbl->get_ChildElements(This, ppElements))
#define IAppHostElement_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostElement_SetMetadata(This, bstrMetadataType, value) ((This)->lpVtbl->SetMetadata(This, bstrMetadataType, value))
#define IAppHostElement_get_Schema(This, ppSchema) ((This)->lpVtbl->get_Schema(This, ppSchema))
#define IAppHostElement_GetElementByName(This, bstrSubName, ppElement) ((This)->lpVtbl->GetElementByName(This, bstrSubName, ppElement))
#define IAppHostElement_GetPropertyByName(This, bstrSubName, ppProperty) ((This)->lpVtbl->GetPropertyByName(This, bstrSubName, ppProperty))
#define IAppHostElement_Clear(This) ((This)->lpVtbl->Clear(This))
#define IAppHostElement_get_Methods(This, ppMethods) ((This)->lpVtbl->get_Methods(This, ppMethods))
#endif

typedef struct IAppHostPropertyVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostProperty *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostProperty *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostProperty *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostProperty *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Value)(IAppHostProperty *This, VARIANT *pVariant);
    HRESULT(STDMETHODCALLTYPE *put_Value)(IAppHostProperty *This, VARIANT value);
    HRESULT(STDMETHODCALLTYPE *Clear)(IAppHostProperty *This);
    HRESULT(STDMETHODCALLTYPE *get_StringValue)(IAppHostProperty *This, BSTR *pbstrValue);
    HRESULT(STDMETHODCALLTYPE *get_Exception)(IAppHostProperty *This, IAppHostPropertyException **ppException);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostProperty *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *SetMetadata)(IAppHostProperty *This, BSTR bstrMetadataType, VARIANT value);
    HRESULT(STDMETHODCALLTYPE *get_Schema)(IAppHostProperty *This, IAppHostPropertySchema **ppSchema);
} IAppHostPropertyVtbl;
struct IAppHostProperty {
    IAppHostPropertyVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostProperty_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostProperty_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostProperty_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostProperty_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostProperty_get_Value(This, pVariant) ((This)->lpVtbl->get_Value(This, pVariant))
#define IAppHostProperty_put_Value(This, value) ((This)->lpVtbl->put_Value(This, value))
#define IAppHostProperty_Clear(This) ((This)->lpVtbl->Clear(This))
#define IAppHostProperty_get_StringValue(This, pbstrValue) ((This)->lpVtbl->get_StringValue(This, pbstrValue))
#define IAppHostProperty_get_Exception(This, ppException) ((This)->lpVtbl->get_Exception(This, ppException))
#define IAppHostProperty_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostProperty_SetMetadata(This, bstrMetadataType, value) ((This)->lpVtbl->SetMetadata(This, bstrMetadataType, value))
#define IAppHostProperty_get_Schema(This, ppSchema) ((This)->lpVtbl->get_Schema(This, ppSchema))
#endif

typedef struct IAppHostConfigLocationVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConfigLocation *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConfigLocation *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConfigLocation *This);
    HRESULT(STDMETHODCALLTYPE *get_Path)(IAppHostConfigLocation *This, BSTR *pbstrLocationPath);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostConfigLocation *This, DWORD *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostConfigLocation *This, VARIANT cIndex, IAppHostElement **ppSection);
    HRESULT(STDMETHODCALLTYPE *AddConfigSection)(IAppHostConfigLocation *This, BSTR bstrSectionName, IAppHostElement **ppAdminElement);
    HRESULT(STDMETHODCALLTYPE *DeleteConfigSection)(IAppHostConfigLocation *This, VARIANT cIndex);
} IAppHostConfigLocationVtbl;
struct IAppHostConfigLocation {
    IAppHostConfigLocationVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConfigLocation_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConfigLocation_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConfigLocation_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConfigLocation_get_Path(This, pbstrLocationPath) ((This)->lpVtbl->get_Path(This, pbstrLocationPath))
#define IAppHostConfigLocation_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostConfigLocation_get_Item(This, cIndex, ppSection) ((This)->lpVtbl->get_Item(This, cIndex, ppSection))
#define IAppHostConfigLocation_AddConfigSection(This, bstrSectionName, ppAdminElement) ((This)->lpVtbl->AddConfigSection(This, bstrSectionName, ppAdminElement))
#define IAppHostConfigLocation_DeleteConfigSection(This, cIndex) ((This)->lpVtbl->DeleteConfigSection(This, cIndex))
#endif

typedef struct IAppHostSectionDefinitionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostSectionDefinition *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostSectionDefinition *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostSectionDefinition *This);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostSectionDefinition *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Type)(IAppHostSectionDefinition *This, BSTR *pbstrType);
    HRESULT(STDMETHODCALLTYPE *put_Type)(IAppHostSectionDefinition *This, BSTR bstrType);
    HRESULT(STDMETHODCALLTYPE *get_OverrideModeDefault)(IAppHostSectionDefinition *This, BSTR *pbstrOverrideModeDefault);
    HRESULT(STDMETHODCALLTYPE *put_OverrideModeDefault)(IAppHostSectionDefinition *This, BSTR bstrOverrideModeDefault);
    HRESULT(STDMETHODCALLTYPE *get_AllowDefinition)(IAppHostSectionDefinition *This, BSTR *pbstrAllowDefinition);
    HRESULT(STDMETHODCALLTYPE *put_AllowDefinition)(IAppHostSectionDefinition *This, BSTR bstrAllowDefinition);
    HRESULT(STDMETHODCALLTYPE *get_AllowLocation)(IAppHostSectionDefinition *This, BSTR *pbstrAllowLocation);
    HRESULT(STDMETHODCALLTYPE *put_AllowLocation)(IAppHostSectionDefinition *This, BSTR bstrAllowLocation);
    HRESULT(STDMETHODCALLTYPE *get_RequirePermission)(IAppHostSectionDefinition *This, VARIANT_BOOL *pfRequirePermission);
    HRESULT(STDMETHODCALLTYPE *put_RequirePermission)(IAppHostSectionDefinition *This, VARIANT_BOOL fRequirePermission);
} IAppHostSectionDefinitionVtbl;
struct IAppHostSectionDefinition {
    IAppHostSectionDefinitionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostSectionDefinition_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostSectionDefinition_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostSectionDefinition_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostSectionDefinition_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostSectionDefinition_get_Type(This, pbstrType) ((This)->lpVtbl->get_Type(This, pbstrType))
#define IAppHostSectionDefinition_put_Type(This, bstrType) ((This)->lpVtbl->put_Type(This, bstrType))
#define IAppHostSectionDefinition_get_OverrideModeDefault(This, pbstrOverrideModeDefault) ((This)->lpVtbl->get_OverrideModeDefault(This, pbstrOverrideModeDefault))
#define IAppHostSectionDefinition_put_OverrideModeDefault(This, bstrOverrideModeDefault) ((This)->lpVtbl->put_OverrideModeDefault(This, bstrOverrideModeDefault))
#define IAppHostSectionDefinition_get_AllowDefinition(This, pbstrAllowDefinition) ((This)->lpVtbl->get_AllowDefinition(This, pbstrAllowDefinition))
#define IAppHostSectionDefinition_put_AllowDefinition(This, bstrAllowDefinition) ((This)->lpVtbl->put_AllowDefinition(This, bstrAllowDefinition))
#define IAppHostSectionDefinition_get_AllowLocation(This, pbstrAllowLocation) ((This)->lpVtbl->get_AllowLocation(This, pbstrAllowLocation))
#define IAppHostSectionDefinition_put_AllowLocation(This, bstrAllowLocation) ((This)->lpVtbl->put_AllowLocation(This, bstrAllowLocation))
#define IAppHostSectionDefinition_get_RequirePermission(This, pfRequirePermission) ((This)->lpVtbl->get_RequirePermission(This, pfRequirePermission))
#define IAppHostSectionDefinition_put_RequirePermission(This, fRequirePermission) ((This)->lpVtbl->put_RequirePermission(This, fRequirePermission))
#endif

typedef struct IAppHostSectionDefinitionCollectionVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostSectionDefinitionCollection *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostSectionDefinitionCollection *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostSectionDefinitionCollection *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostSectionDefinitionCollection *This, ULONG *pcCount);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostSectionDefinitionCollection *This, VARIANT varIndex, IAppHostSectionDefinition **ppConfigSection);
    HRESULT(STDMETHODCALLTYPE *AddSection)(IAppHostSectionDefinitionCollection *This, BSTR bstrSectionName, IAppHostSectionDefinition **ppConfigSection);
    HRESULT(STDMETHODCALLTYPE *DeleteSection)(IAppHostSectionDefinitionCollection *This, VARIANT varIndex);
} IAppHostSectionDefinitionCollectionVtbl;
struct IAppHostSectionDefinitionCollection {
    IAppHostSectionDefinitionCollectionVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostSectionDefinitionCollection_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostSectionDefinitionCollection_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostSectionDefinitionCollection_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostSectionDefinitionCollection_get_Count(This, pcCount) ((This)->lpVtbl->get_Count(This, pcCount))
#define IAppHostSectionDefinitionCollection_get_Item(This, varIndex, ppConfigSection) ((This)->lpVtbl->get_Item(This, varIndex, ppConfigSection))
#define IAppHostSectionDefinitionCollection_AddSection(This, bstrSectionName, ppConfigSection) ((This)->lpVtbl->AddSection(This, bstrSectionName, ppConfigSection))
#define IAppHostSectionDefinitionCollection_DeleteSection(This, varIndex) ((This)->lpVtbl->DeleteSection(This, varIndex))
#endif

typedef struct IAppHostSectionGroupVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostSectionGroup *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostSectionGroup *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostSectionGroup *This);
    HRESULT(STDMETHODCALLTYPE *get_Count)(IAppHostSectionGroup *This, ULONG *pcSectionGroup);
    HRESULT(STDMETHODCALLTYPE *get_Item)(IAppHostSectionGroup *This, VARIANT varIndex, IAppHostSectionGroup **ppSectionGroup);
    HRESULT(STDMETHODCALLTYPE *get_Sections)(IAppHostSectionGroup *This, IAppHostSectionDefinitionCollection **ppSections);
    HRESULT(STDMETHODCALLTYPE *AddSectionGroup)(IAppHostSectionGroup *This, BSTR bstrSectionGroupName, IAppHostSectionGroup **ppSectionGroup);
    HRESULT(STDMETHODCALLTYPE *DeleteSectionGroup)(IAppHostSectionGroup *This, VARIANT varIndex);
    HRESULT(STDMETHODCALLTYPE *get_Name)(IAppHostSectionGroup *This, BSTR *pbstrName);
    HRESULT(STDMETHODCALLTYPE *get_Type)(IAppHostSectionGroup *This, BSTR *pbstrType);
    HRESULT(STDMETHODCALLTYPE *put_Type)(IAppHostSectionGroup *This, BSTR bstrType);
} IAppHostSectionGroupVtbl;
struct IAppHostSectionGroup {
    IAppHostSectionGroupVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostSectionGroup_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostSectionGroup_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostSectionGroup_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostSectionGroup_get_Count(This, pcSectionGroup) ((This)->lpVtbl->get_Count(This, pcSectionGroup))
#define IAppHostSectionGroup_get_Item(This, varIndex, ppSectionGroup) ((This)->lpVtbl->get_Item(This, varIndex, ppSectionGroup))
#define IAppHostSectionGroup_get_Sections(This, ppSections) ((This)->lpVtbl->get_Sections(This, ppSections))
#define IAppHostSectionGroup_AddSectionGroup(This, bstrSectionGroupName, ppSectionGroup) ((This)->lpVtbl->AddSectionGroup(This, bstrSectionGroupName, ppSectionGroup))
#define IAppHostSectionGroup_DeleteSectionGroup(This, varIndex) ((This)->lpVtbl->DeleteSectionGroup(This, varIndex))
#define IAppHostSectionGroup_get_Name(This, pbstrName) ((This)->lpVtbl->get_Name(This, pbstrName))
#define IAppHostSectionGroup_get_Type(This, pbstrType) ((This)->lpVtbl->get_Type(This, pbstrType))
#define IAppHostSectionGroup_put_Type(This, bstrType) ((This)->lpVtbl->put_Type(This, bstrType))
#endif

typedef struct IAppHostConfigFileVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConfigFile *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConfigFile *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConfigFile *This);
    HRESULT(STDMETHODCALLTYPE *get_ConfigPath)(IAppHostConfigFile *This, BSTR *pbstrConfigPath);
    HRESULT(STDMETHODCALLTYPE *get_FilePath)(IAppHostConfigFile *This, BSTR *pbstrFilePath);
    HRESULT(STDMETHODCALLTYPE *get_Locations)(IAppHostConfigFile *This, IAppHostConfigLocationCollection **ppLocations);
    HRESULT(STDMETHODCALLTYPE *GetAdminSection)(IAppHostConfigFile *This, BSTR bstrSectionName, BSTR bstrPath, IAppHostElement **ppAdminSection);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostConfigFile *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *SetMetadata)(IAppHostConfigFile *This, BSTR bstrMetadataType, VARIANT value);
    HRESULT(STDMETHODCALLTYPE *ClearInvalidSections)(IAppHostConfigFile *This);
    HRESULT(STDMETHODCALLTYPE *get_RootSectionGroup)(IAppHostConfigFile *This, IAppHostSectionGroup **ppSectionGroups);
} IAppHostConfigFileVtbl;
struct IAppHostConfigFile {
    IAppHostConfigFileVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConfigFile_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConfigFile_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConfigFile_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConfigFile_get_ConfigPath(This, pbstrConfigPath) ((This)->lpVtbl->get_ConfigPath(This, pbstrConfigPath))
#define IAppHostConfigFile_get_FilePath(This, pbstrFilePath) ((This)->lpVtbl->get_FilePath(This, pbstrFilePath))
#define IAppHostConfigFile_get_Locations(This, ppLocations) ((This)->lpVtbl->get_Locations(This, ppLocations))
#define IAppHostConfigFile_GetAdminSection(This, bstrSectionName, bstrPath, ppAdminSection) ((This)->lpVtbl->GetAdminSection(This, bstrSectionName, bstrPath, ppAdminSection))
#define IAppHostConfigFile_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostConfigFile_SetMetadata(This, bstrMetadataType, value) ((This)->lpVtbl->SetMetadata(This, bstrMetadataType, value))
#define IAppHostConfigFile_ClearInvalidSections(This) ((This)->lpVtbl->ClearInvalidSections(This))
#define IAppHostConfigFile_get_RootSectionGroup(This, ppSectionGroups) ((This)->lpVtbl->get_RootSectionGroup(This, ppSectionGroups))
#endif

typedef struct IAppHostPathMapperVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPathMapper *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPathMapper *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPathMapper *This);
    HRESULT(STDMETHODCALLTYPE *MapPath)(IAppHostPathMapper *This, BSTR bstrConfigPath, BSTR bstrMappedPhysicalPath, BSTR *pbstrNewPhysicalPath);
} IAppHostPathMapperVtbl;
struct IAppHostPathMapper {
    IAppHostPathMapperVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPathMapper_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPathMapper_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPathMapper_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPathMapper_MapPath(This, bstrConfigPath, bstrMappedPhysicalPath, pbstrNewPhysicalPath) ((This)->lpVtbl->MapPath(This, bstrConfigPath, bstrMappedPhysicalPath, pbstrNewPhysicalPath))
#endif

typedef struct IAppHostPathMapper2Vtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostPathMapper2 *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostPathMapper2 *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostPathMapper2 *This);
    HRESULT(STDMETHODCALLTYPE *MapPath)(IAppHostPathMapper2 *This, BSTR bstrConfigPath, BSTR bstrMappedPhysicalPath, BSTR *pbstrNewPhysicalPath, HANDLE *phImpersonationToken);
} IAppHostPathMapper2Vtbl;
struct IAppHostPathMapper2 {
    IAppHostPathMapper2Vtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostPathMapper2_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostPathMapper2_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostPathMapper2_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostPathMapper2_MapPath(This, bstrConfigPath, bstrMappedPhysicalPath, pbstrNewPhysicalPath, phImpersonationToken) ((This)->lpVtbl->MapPath(This, bstrConfigPath, bstrMappedPhysicalPath, pbstrNewPhysicalPath, phImpersonationToken))
#endif

typedef struct IAppHostChangeHandlerVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostChangeHandler *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostChangeHandler *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostChangeHandler *This);
    HRESULT(STDMETHODCALLTYPE *OnSectionChanges)(IAppHostChangeHandler *This, BSTR bstrSectionName, BSTR bstrConfigPath);
} IAppHostChangeHandlerVtbl;
struct IAppHostChangeHandler {
    IAppHostChangeHandlerVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostChangeHandler_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostChangeHandler_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostChangeHandler_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostChangeHandler_OnSectionChanges(This, bstrSectionName, bstrConfigPath) ((This)->lpVtbl->OnSectionChanges(This, bstrSectionName, bstrConfigPath))
#endif

typedef struct IAppHostAdminManagerVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostAdminManager *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostAdminManager *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostAdminManager *This);
    HRESULT(STDMETHODCALLTYPE *GetAdminSection)(IAppHostAdminManager *This, BSTR bstrSectionName, BSTR bstrPath, IAppHostElement **ppAdminSection);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostAdminManager *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *SetMetadata)(IAppHostAdminManager *This, BSTR bstrMetadataType, VARIANT value);
    HRESULT(STDMETHODCALLTYPE *get_ConfigManager)(IAppHostAdminManager *This, IAppHostConfigManager **ppConfigManager);
} IAppHostAdminManagerVtbl;
struct IAppHostAdminManager {
    IAppHostAdminManagerVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostAdminManager_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostAdminManager_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostAdminManager_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostAdminManager_GetAdminSection(This, bstrSectionName, bstrPath, ppAdminSection) ((This)->lpVtbl->GetAdminSection(This, bstrSectionName, bstrPath, ppAdminSection))
#define IAppHostAdminManager_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostAdminManager_SetMetadata(This, bstrMetadataType, value) ((This)->lpVtbl->SetMetadata(This, bstrMetadataType, value))
#define IAppHostAdminManager_get_ConfigManager(This, ppConfigManager) ((This)->lpVtbl->get_ConfigManager(This, ppConfigManager))
#endif

typedef struct IAppHostWritableAdminManagerVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostWritableAdminManager *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostWritableAdminManager *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostWritableAdminManager *This);
    HRESULT(STDMETHODCALLTYPE *GetAdminSection)(IAppHostWritableAdminManager *This, BSTR bstrSectionName, BSTR bstrPath, IAppHostElement **ppAdminSection);
    HRESULT(STDMETHODCALLTYPE *GetMetadata)(IAppHostWritableAdminManager *This, BSTR bstrMetadataType, VARIANT *pValue);
    HRESULT(STDMETHODCALLTYPE *SetMetadata)(IAppHostWritableAdminManager *This, BSTR bstrMetadataType, VARIANT value);
    HRESULT(STDMETHODCALLTYPE *get_ConfigManager)(IAppHostWritableAdminManager *This, IAppHostConfigManager **ppConfigManager);
    HRESULT(STDMETHODCALLTYPE *CommitChanges)(IAppHostWritableAdminManager *This);
    HRESULT(STDMETHODCALLTYPE *get_CommitPath)(IAppHostWritableAdminManager *This, BSTR *pbstrCommitPath);
    HRESULT(STDMETHODCALLTYPE *put_CommitPath)(IAppHostWritableAdminManager *This, BSTR bstrCommitPath);
} IAppHostWritableAdminManagerVtbl;
struct IAppHostWritableAdminManager {
    IAppHostWritableAdminManagerVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostWritableAdminManager_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostWritableAdminManager_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostWritableAdminManager_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostWritableAdminManager_GetAdminSection(This, bstrSectionName, bstrPath, ppAdminSection) ((This)->lpVtbl->GetAdminSection(This, bstrSectionName, bstrPath, ppAdminSection))
#define IAppHostWritableAdminManager_GetMetadata(This, bstrMetadataType, pValue) ((This)->lpVtbl->GetMetadata(This, bstrMetadataType, pValue))
#define IAppHostWritableAdminManager_SetMetadata(This, bstrMetadataType, value) ((This)->lpVtbl->SetMetadata(This, bstrMetadataType, value))
#define IAppHostWritableAdminManager_get_ConfigManager(This, ppConfigManager) ((This)->lpVtbl->get_ConfigManager(This, ppConfigManager))
#define IAppHostWritableAdminManager_CommitChanges(This) ((This)->lpVtbl->CommitChanges(This))
#define IAppHostWritableAdminManager_get_CommitPath(This, pbstrCommitPath) ((This)->lpVtbl->get_CommitPath(This, pbstrCommitPath))
#define IAppHostWritableAdminManager_put_CommitPath(This, bstrCommitPath) ((This)->lpVtbl->put_CommitPath(This, bstrCommitPath))
#endif

typedef struct IAppHostConfigManagerVtbl {
    HRESULT(STDMETHODCALLTYPE *QueryInterface)(IAppHostConfigManager *This, REFIID riid, void **ppvObject);
    ULONG(STDMETHODCALLTYPE *AddRef)(IAppHostConfigManager *This);
    ULONG(STDMETHODCALLTYPE *Release)(IAppHostConfigManager *This);
    HRESULT(STDMETHODCALLTYPE *GetConfigFile)(IAppHostConfigManager *This, BSTR bstrConfigPath, IAppHostConfigFile **ppConfigFile);
    HRESULT(STDMETHODCALLTYPE *GetUniqueConfigPath)(IAppHostConfigManager *This, BSTR bstrConfigPath, BSTR *pbstrUniquePath);
} IAppHostConfigManagerVtbl;
struct IAppHostConfigManager {
    IAppHostConfigManagerVtbl *lpVtbl;
};
#ifdef COBJMACROS
#define IAppHostConfigManager_QueryInterface(This, riid, ppvObject) ((This)->lpVtbl->QueryInterface(This, riid, ppvObject))
#define IAppHostConfigManager_AddRef(This) ((This)->lpVtbl->AddRef(This))
#define IAppHostConfigManager_Release(This) ((This)->lpVtbl->Release(This))
#define IAppHostConfigManager_GetConfigFile(This, bstrConfigPath, ppConfigFile) ((This)->lpVtbl->GetConfigFile(This, bstrConfigPath, ppConfigFile))
#define IAppHostConfigManager_GetUniqueConfigPath(This, bstrConfigPath, pbstrUniquePath) ((This)->lpVtbl->GetUniqueConfigPath(This, bstrConfigPath, pbstrUniquePath))
#endif

#endif

__CRT_UUID_DECL(IAppHostMethodExtension, 0x70184ac9, 0x7673, 0x4770, 0x96, 0xb1, 0x44, 0x5c, 0xe0, 0x35, 0xcf, 0x70)
__CRT_UUID_DECL(IAppHostPropertyExtension, 0x88e220f3, 0x33e8, 0x4534, 0xaf, 0xac, 0xb4, 0xa9, 0x8e, 0xcc, 0xf9, 0xae)
__CRT_UUID_DECL(IAppHostElementExtension, 0x518eb37d, 0x1ff4, 0x42dd, 0x86, 0xc3, 0x31, 0x40, 0xbc, 0x35, 0xb8, 0x23)
__CRT_UUID_DECL(IAppHostMappingExtension, 0x31a83ea0, 0xc0e4, 0x4a2c, 0x8a, 0x01, 0x35, 0x3c, 0xc2, 0xa4, 0xc6, 0x0a)
__CRT_UUID_DECL(IAppHostChildElementCollection, 0x08a90f5f, 0x0702, 0x48d6, 0xb4, 0x5f, 0x02, 0xa9, 0x88, 0x5a, 0x97, 0x68)
__CRT_UUID_DECL(IAppHostPropertyCollection, 0x0191775e, 0xbcff, 0x445a, 0xb4, 0xf4, 0x3b, 0xdd, 0xa5, 0x4e, 0x28, 0x16)
__CRT_UUID_DECL(IAppHostConfigLocationCollection, 0x832a32f7, 0xb3ea, 0x4b8c, 0xb2, 0x60, 0x9a, 0x29, 0x23, 0x00, 0x11, 0x84)
__CRT_UUID_DECL(IAppHostMethodCollection, 0xd6c7cd8f, 0xbb8d, 0x4f96, 0xb5, 0x91, 0xd3, 0xa5, 0xf1, 0x32, 0x02, 0x69)
__CRT_UUID_DECL(IAppHostElementSchemaCollection, 0x0344cdda, 0x151e, 0x4cbf, 0x82, 0xda, 0x66, 0xae, 0x61, 0xe9, 0x77, 0x54)
__CRT_UUID_DECL(IAppHostPropertySchemaCollection, 0x8bed2c68, 0xa5fb, 0x4b28, 0x85, 0x81, 0xa0, 0xdc, 0x52, 0x67, 0x41, 0x9f)
__CRT_UUID_DECL(IAppHostConstantValueCollection, 0x5b5a68e6, 0x8b9f, 0x45e1, 0x81, 0x99, 0xa9, 0x5f, 0xfc, 0xcd, 0xff, 0xff)
__CRT_UUID_DECL(IAppHostConstantValue, 0x0716caf8, 0x7d05, 0x4a46, 0x80, 0x99, 0x77, 0x59, 0x4b, 0xe9, 0x13, 0x94)
__CRT_UUID_DECL(IAppHostPropertySchema, 0x450386db, 0x7409, 0x4667, 0x93, 0x5e, 0x38, 0x4d, 0xbb, 0xee, 0x2a, 0x9e)
__CRT_UUID_DECL(IAppHostCollectionSchema, 0xde095db1, 0x5368, 0x4d11, 0x81, 0xf6, 0xef, 0xef, 0x61, 0x9b, 0x7b, 0xcf)
__CRT_UUID_DECL(IAppHostElementSchema, 0xef13d885, 0x642c, 0x4709, 0x99, 0xec, 0xb8, 0x95, 0x61, 0xc6, 0xbc, 0x69)
__CRT_UUID_DECL(IAppHostMethodSchema, 0x2d9915fb, 0x9d42, 0x4328, 0xb7, 0x82, 0x1b, 0x46, 0x81, 0x9f, 0xab, 0x9e)
__CRT_UUID_DECL(IAppHostMethodInstance, 0xb80f3c42, 0x60e0, 0x4ae0, 0x90, 0x07, 0xf5, 0x28, 0x52, 0xd3, 0xdb, 0xed)
__CRT_UUID_DECL(IAppHostMethod, 0x7883ca1c, 0x1112, 0x4447, 0x84, 0xc3, 0x52, 0xfb, 0xeb, 0x38, 0x06, 0x9d)
__CRT_UUID_DECL(IAppHostConfigException, 0x4dfa1df3, 0x8900, 0x4bc7, 0xbb, 0xb5, 0xd1, 0xa4, 0x58, 0xc5, 0x24, 0x10)
__CRT_UUID_DECL(IAppHostPropertyException, 0xeafe4895, 0xa929, 0x41ea, 0xb1, 0x4d, 0x61, 0x3e, 0x23, 0xf6, 0x2b, 0x71)
__CRT_UUID_DECL(IAppHostElementCollection, 0xc8550bff, 0x5281, 0x4b1e, 0xac, 0x34, 0x99, 0xb6, 0xfa, 0x38, 0x46, 0x4d)
__CRT_UUID_DECL(IAppHostElement, 0x64ff8ccc, 0xb287, 0x4dae, 0xb0, 0x8a, 0xa7, 0x2c, 0xbf, 0x45, 0xf4, 0x53)
__CRT_UUID_DECL(IAppHostProperty, 0xed35f7a1, 0x5024, 0x4e7b, 0xa4, 0x4d, 0x07, 0xdd, 0xaf, 0x4b, 0x52, 0x4d)
__CRT_UUID_DECL(IAppHostConfigLocation, 0x370af178, 0x7758, 0x4dad, 0x81, 0x46, 0x73, 0x91, 0xf6, 0xe1, 0x85, 0x85)
__CRT_UUID_DECL(IAppHostSectionDefinition, 0xc5c04795, 0x321c, 0x4014, 0x8f, 0xd6, 0xd4, 0x46, 0x58, 0x79, 0x93, 0x93)
__CRT_UUID_DECL(IAppHostSectionDefinitionCollection, 0xb7d381ee, 0x8860, 0x47a1, 0x8a, 0xf4, 0x1f, 0x33, 0xb2, 0xb1, 0xf3, 0x25)
__CRT_UUID_DECL(IAppHostSectionGroup, 0x0dd8a158, 0xebe6, 0x4008, 0xa1, 0xd9, 0xb7, 0xec, 0xc8, 0xf1, 0x10, 0x4b)
__CRT_UUID_DECL(IAppHostConfigFile, 0xada4e6fb, 0xe025, 0x401e, 0xa5, 0xd0, 0xc3, 0x13, 0x4a, 0x28, 0x1f, 0x07)
__CRT_UUID_DECL(IAppHostPathMapper, 0xe7927575, 0x5cc3, 0x403b, 0x82, 0x2e, 0x32, 0x8a, 0x6b, 0x90, 0x4b, 0xee)
__CRT_UUID_DECL(IAppHostPathMapper2, 0x0f80e901, 0x8f4c, 0x449a, 0xbf, 0x90, 0x13, 0xd5, 0xd0, 0x82, 0xf1, 0x87)
__CRT_UUID_DECL(IAppHostChangeHandler, 0x09829352, 0x87c2, 0x418d, 0x8d, 0x79, 0x41, 0x33, 0x96, 0x9a, 0x48, 0x9d)
__CRT_UUID_DECL(IAppHostAdminManager, 0x9be77978, 0x73ed, 0x4a9a, 0x87, 0xfd, 0x13, 0xf0, 0x9f, 0xec, 0x1b, 0x13)
__CRT_UUID_DECL(IAppHostWritableAdminManager, 0xfa7660f6, 0x7b3f, 0x4237, 0xa8, 0xbf, 0xed, 0x0a, 0xd0, 0xdc, 0xbb, 0xd9)
__CRT_UUID_DECL(IAppHostConfigManager, 0x8f6d760f, 0xf0cb, 0x4d69, 0xb5, 0xf6, 0x84, 0x8b, 0x33, 0xe9, 0xbd, 0xc6)
#ifdef __cplusplus
__CRT_UUID_DECL(AppHostAdminManager, 0x228fb8f7, 0xfb53, 0x4fd5, 0x8c, 0x7b, 0xff, 0x59, 0xde, 0x60, 0x6c, 0x5b)
__CRT_UUID_DECL(AppHostWritableAdminManager, 0x2b72133b, 0x3f5b, 0x4602, 0x89, 0x52, 0x80, 0x35, 0x46, 0xce, 0x33, 0x44)
#endif
/* clang-format on */

#endif
