import i18next from 'i18next';

/** Menu and dialog strings of the main process, in the OS language (English or Arabic). */
const resources = {
  en: {
    translation: {
      file: 'File',
      newArticle: 'New Article',
      importArticle: 'Import…',
      exportArticle: 'Export…',
      sendToCms: 'Send to CMS',
      checkCms: 'Check for CMS changes',
      settings: 'Settings…',
      openLibrary: 'Open Library…',
      openRecent: 'Open Recent',
      save: 'Save',
      renameArticle: 'Rename Article…',
      duplicateArticle: 'Duplicate Article',
      deleteArticle: 'Move Article to Trash',
      showTrash: 'Show Trash',
      showLibraryFolder: 'Show Library Folder',
      closeWindow: 'Close Window',
      edit: 'Edit',
      view: 'View',
      window: 'Window',
      help: 'Help',
      about: 'About Masthead',
      chooseLibrary: 'Choose a library folder',
      chooseLibraryButton: 'Open Library',
      libraryFailed: 'Could not open the library',
      libraryMissingTitle: 'Library folder missing',
      libraryMissing: 'The library folder “{{path}}” is missing.',
      libraryMissingRecent: 'If it is on a drive that is not plugged in, plug the drive in and open it again. Nothing was created in its place.',
      libraryMissingAtStart: 'If it is on a drive that is not plugged in, plug the drive in and choose Try Again. Nothing was created in its place.',
      removeFromRecent: 'Remove from List',
      keepInRecent: 'Keep in List',
      tryAgain: 'Try Again',
      chooseAnotherLibrary: 'Choose Another Library…',
      openDefaultLibrary: 'Open Default Library',
    },
  },
  ar: {
    translation: {
      file: 'ملف',
      newArticle: 'مقال جديد',
      importArticle: 'استيراد…',
      exportArticle: 'تصدير…',
      sendToCms: 'إرسال إلى نظام إدارة المحتوى',
      checkCms: 'التحقق من تغييرات نظام إدارة المحتوى',
      settings: 'الإعدادات…',
      openLibrary: 'فتح مكتبة…',
      openRecent: 'فتح الأخيرة',
      save: 'حفظ',
      renameArticle: 'إعادة تسمية المقال…',
      duplicateArticle: 'تكرار المقال',
      deleteArticle: 'نقل المقال إلى المهملات',
      showTrash: 'عرض المهملات',
      showLibraryFolder: 'إظهار مجلد المكتبة',
      closeWindow: 'إغلاق النافذة',
      edit: 'تحرير',
      view: 'عرض',
      window: 'نافذة',
      help: 'مساعدة',
      about: 'حول Masthead',
      chooseLibrary: 'اختر مجلد المكتبة',
      chooseLibraryButton: 'فتح المكتبة',
      libraryFailed: 'تعذر فتح المكتبة',
      libraryMissingTitle: 'مجلد المكتبة مفقود',
      libraryMissing: 'مجلد المكتبة «{{path}}» غير موجود.',
      libraryMissingRecent: 'إن كان على قرص غير موصول، فأوصل القرص ثم افتحه مرة أخرى. لم يُنشأ شيء مكانه.',
      libraryMissingAtStart: 'إن كان على قرص غير موصول، فأوصل القرص ثم اختر «إعادة المحاولة». لم يُنشأ شيء مكانه.',
      removeFromRecent: 'إزالة من القائمة',
      keepInRecent: 'إبقاء في القائمة',
      tryAgain: 'إعادة المحاولة',
      chooseAnotherLibrary: 'اختيار مكتبة أخرى…',
      openDefaultLibrary: 'فتح المكتبة الافتراضية',
    },
  },
};

export type StringKey = keyof (typeof resources)['en']['translation'];

const i18n = i18next.createInstance();

export async function initStrings(locale: string): Promise<void> {
  await i18n.init({
    resources,
    lng: locale.startsWith('ar') ? 'ar' : 'en',
    fallbackLng: 'en',
    initImmediate: false,
    // Native menus and dialogs show text, not HTML: a folder path is shown as it is.
    interpolation: { escapeValue: false },
    showSupportNotice: false /* no advertisement in the log */,
  });
}

/** The string for `key` in the OS language; `{{name}}` placeholders are filled from `values`. */
export function t(key: StringKey, values?: Record<string, string>): string {
  return i18n.t(key, values);
}
