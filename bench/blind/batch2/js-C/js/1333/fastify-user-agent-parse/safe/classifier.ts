export class DeviceClassifier {
  private readonly mobile = /\bMobile\b|\bAndroid\b|\biPhone\b/;

  classify(ua: string): 'mobile' | 'desktop' {
    return this.mobile.test(ua.slice(0, 512)) ? 'mobile' : 'desktop';
  }
}
